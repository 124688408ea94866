// Is an evidence link reachable from the server? Optional and never blocking: the answer is what the
// server actually saw. An HTTP answer says reachable (2xx/3xx) or unreachable (4xx/5xx); no answer at
// all (no network, DNS failure, refused, timeout) cannot tell a dead page from a server without
// Internet access, so it is "not checkable" ("chưa kiểm tra được"), never "unreachable".
export type LinkCheckOutcome = 'reachable' | 'unreachable' | 'not_checkable';

export type LinkChecker = (url: string) => Promise<LinkCheckOutcome>;

export const checkLinkOverHttp =
  (timeoutMs = 5000): LinkChecker =>
  async (url) => {
    const attempt = async (method: 'HEAD' | 'GET') => {
      const res = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
      await res.body?.cancel().catch(() => undefined);
      return res.status;
    };
    try {
      let status = await attempt('HEAD');
      // Some portals refuse HEAD; ask again the ordinary way.
      if (status === 405 || status === 501) status = await attempt('GET');
      return status < 400 ? 'reachable' : 'unreachable';
    } catch {
      return 'not_checkable';
    }
  };
