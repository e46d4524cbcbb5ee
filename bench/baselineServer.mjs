// The baseline: a bare node:http handler doing the same work as the trivial callback
// (parse the JSON body, compute the text, answer JSON). Busy mode burns `BUSY_MS` per request.
import http from 'node:http';

const busy = Number(process.env.BUSY_MS ?? 0);
const server = http.createServer((req, res) => {
  if (req.method === 'GET') {
    // /healthz, for the start-up measurement
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const { values } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const n = values['n.value'];
    if (busy) {
      const until = performance.now() + busy;
      while (performance.now() < until);
    }
    const body = JSON.stringify({ updates: { 'out.text': `twice ${n} is ${n * 2}` }, ran: ['double'], errors: [] });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(`baseline at http://127.0.0.1:${server.address().port}/`));
