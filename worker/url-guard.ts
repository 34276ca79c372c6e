// Which URLs the article import may fetch: public web pages only. The Worker
// fetches what an editor names, so without this an editor's request (or a
// redirect from a page it names) could reach the Worker's own network: loopback,
// private ranges, link-local cloud metadata (169.254.169.254), and so on.
//
// The URL parser has already put every IPv4 spelling into one form (decimal
// 2130706433, hex 0x7f000001, octal 0177.0.0.1 and short 127.1 all become
// 127.0.0.1) and IPv6 into its compressed form, so the checks below see each
// address once. A name that merely resolves to a private address cannot be known
// here (Workers have no DNS API); Cloudflare's network does not route to private
// addresses, and names that are local by definition are refused.

/**
 * Why a URL may not be fetched, or null when it may. `allowed`: "host:port" (or "host:*")
 * entries let through although local: IMPORT_ALLOW, for local development and tests only.
 */
export function refusal(url: URL, allowed: readonly string[] = []): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'only http:// and https:// pages can be imported';
  if (url.username || url.password) return 'an article URL must not contain a user name or password';
  if (allowed.includes(url.host) || allowed.includes(`${url.hostname}:*`)) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (url.port && !(url.protocol === 'http:' && url.port === '80') && !(url.protocol === 'https:' && url.port === '443')) {
    return 'only the standard web ports (80 and 443) can be used';
  }
  if (host.startsWith('[')) return ipv6Refusal(host.slice(1, -1));
  const v4 = parseIpv4(host);
  if (v4 !== null) return ipv4Refusal(v4);
  if (!host.includes('.') || LOCAL_NAMES.test(host)) return 'that name is local to a network, not a public site';
  return null;
}

/** Names that are local by definition (RFC 6761, 6762, 8375 and common intranet suffixes). */
const LOCAL_NAMES = /(?:^|\.)(?:localhost|local|localdomain|internal|intranet|lan|home|corp|home\.arpa|in-addr\.arpa|ip6\.arpa|test|invalid|example)$/;

function parseIpv4(host: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

/** [first address, prefix length, what it is] */
const IPV4_BLOCKS: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'a private network'],
  ['100.64.0.0', 10, 'a carrier-grade NAT network'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'a private network'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay'],
  ['192.168.0.0', 16, 'a private network'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

function ipv4Refusal(address: number): string | null {
  for (const [first, bits, what] of IPV4_BLOCKS) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if ((address & mask) >>> 0 === (parseIpv4(first)! & mask) >>> 0) return `that address is ${what}, not a public site`;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (the parser's compressed form), or null. */
function parseIpv6(text: string): number[] | null {
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let body = text;
  const extra: number[] = [];
  if (tail) {
    const v4 = parseIpv4(tail[1]!);
    if (v4 === null) return null;
    extra.push(v4 >>> 16, v4 & 0xffff);
    body = text.slice(0, -tail[1]!.length).replace(/:$/, ':0').replace(/::0$/, '::');
    if (body.endsWith(':') && !body.endsWith('::')) body = body.slice(0, -1);
  }
  const [head = '', rest] = body.split('::');
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const wanted = 8 - extra.length;
  const missing = rest === undefined ? 0 : wanted - left.length - right.length;
  if (missing < 0) return null;
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right].map((g) => parseInt(g || '0', 16));
  if (groups.length !== wanted || groups.some((g) => !(g >= 0 && g <= 0xffff))) return null;
  return [...groups, ...extra];
}

function ipv6Refusal(text: string): string | null {
  const g = parseIpv6(text);
  if (!g) return 'that address cannot be read';
  const embeddedV4 = (hi: number, lo: number) => ipv4Refusal(((hi << 16) | lo) >>> 0);
  if (g.every((x) => x === 0)) return 'that address is unspecified, not a public site';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'that address is loopback, not a public site';
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d): the IPv4 address decides.
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) return embeddedV4(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return embeddedV4(g[6]!, g[7]!);
  // 6to4 (2002:a.b.c.d::/48) carries an IPv4 address in its second and third groups.
  if (g[0] === 0x2002) return embeddedV4(g[1]!, g[2]!);
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return 'that address is a private (unique local) network, not a public site';
  if ((first & 0xffc0) === 0xfe80) return 'that address is link-local, not a public site';
  if ((first & 0xff00) === 0xff00) return 'that address is multicast, not a public site';
  if (first === 0x2001 && g[1] === 0x0db8) return 'that address is documentation, not a public site';
  return null;
}
