// PLACEHOLDER by the editor (issue 4): the stats engineer replaces this file.
// The quiz view renders <QuizStats quizId token /> below the questions.

export interface QuizStatsProps {
  quizId: string;
  /** The editor token, for bearer-authenticated stats requests. */
  token: string;
}

export function QuizStats(_props: QuizStatsProps) {
  return null;
}
