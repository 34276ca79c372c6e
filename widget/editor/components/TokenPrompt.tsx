import { useState } from 'preact/hooks';

export interface TokenPromptProps {
  /** Why the token is asked for again, if it was refused. */
  problem: string | null;
  onSubmit(token: string): void;
}

/** Asks for the editor token once per tab (kept in sessionStorage). */
export function TokenPrompt({ problem, onSubmit }: TokenPromptProps) {
  const [token, setToken] = useState('');
  return (
    <form
      class="ed-card ed-token"
      onSubmit={(e) => {
        e.preventDefault();
        if (token.trim()) onSubmit(token);
      }}
    >
      <h1>Editors’ dashboard</h1>
      <p>Enter the editor token to make, review and publish quizzes. It is kept in this tab only.</p>
      {problem ? (
        <p class="ed-error" role="alert">
          {problem}
        </p>
      ) : null}
      <label for="ed-token">Editor token</label>
      <input
        id="ed-token"
        type="password"
        autocomplete="current-password"
        required
        value={token}
        onInput={(e) => setToken(e.currentTarget.value)}
        autoFocus
      />
      <button type="submit" class="ed-primary">
        Continue
      </button>
    </form>
  );
}
