// Which addresses the article import may fetch (worker/url-guard.ts): public web pages only.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../worker/url-guard';

const refused: string[] = [
  'http://127.0.0.1/',
  'http://0x7f000001/',
  'http://2130706433/',
  'http://0177.0.0.1/',
  'http://127.1/',
  'http://0.0.0.0/',
  'http://0/',
  'http://10.1.2.3/',
  'http://172.16.0.1/',
  'http://172.31.255.255/',
  'http://192.168.1.1/',
  'http://100.64.0.1/',
  'http://169.254.169.254/latest/meta-data/',
  'http://224.0.0.1/',
  'http://255.255.255.255/',
  'http://[::]/',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:a9fe:a9fe]/',
  'http://[::127.0.0.1]/',
  'http://[64:ff9b::a00:1]/',
  'http://[2002:7f00:1::]/',
  'http://[fd12:3456::1]/',
  'http://[fc00::1]/',
  'http://[fe80::1]/',
  'http://[ff02::1]/',
  'http://localhost/',
  'http://LOCALHOST./',
  'http://api.localhost/',
  'http://printer.local/',
  'http://db.internal/',
  'http://router.home.arpa/',
  'http://intranet/',
  'https://news.example.com:8443/',
  'http://news.example.com:8080/',
  'ftp://news.example.com/',
  'http://user:pass@news.example.com/',
];
const allowed: string[] = [
  'https://news.example.com/2026/12/story.html',
  'http://news.example.com:80/',
  'https://news.example.com:443/',
  'https://93.184.216.34/',
  'https://[2606:4700:4700::1111]/',
  'https://172.32.0.1/',
  'https://www.cbc.ca/news/canada',
];

describe('refusal', () => {
  for (const url of refused) it(`refuses ${url}`, () => expect(refusal(new URL(url))).toMatch(/\w/));
  for (const url of allowed) it(`allows ${url}`, () => expect(refusal(new URL(url))).toBeNull());
  it('lets through what IMPORT_ALLOW names, and only that', () => {
    expect(refusal(new URL('http://127.0.0.1:4321/'), ['127.0.0.1:4321'])).toBeNull();
    expect(refusal(new URL('http://127.0.0.1:4321/'), ['127.0.0.1:*'])).toBeNull();
    expect(refusal(new URL('http://127.0.0.1:4322/'), ['127.0.0.1:4321'])).toMatch(/\w/);
    expect(refusal(new URL('http://localhost:4321/'), ['127.0.0.1:*'])).toMatch(/\w/);
  });
});
