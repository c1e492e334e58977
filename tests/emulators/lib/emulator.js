'use strict';
// The shared half of every provider emulator under tests/emulators/: an HTTPS
// server on 127.0.0.1 with the test run's certificate, a log of every request,
// one-shot answers a test queues, a clock a test can move, and a control API
// under /_emulator/ that tests/e2e/homing_e2e/emulators.py drives.
//
// A provider's emulator is one file that calls
//   startEmulator({ name, initialState, handle })
// where handle(request, context) returns { status, headers, body } (body a
// string, Buffer or JSON-able object) or a Promise of it. request: { method,
// url (the raw target), path, query (URLSearchParams), rawQuery, headers
// (lower-case names; repeated ones joined as Node does), rawHeaders, body
// (Buffer), text (body as UTF-8) }. context: { state (the mutable state),
// options (from the command line), now() (a Date, moved by the test's clock
// offset), violation(text) (something a correct client never sends), id() (a
// fresh decimal id), reply(status, object, headers) (a JSON answer) }.
//
// Command line: node <emulator>.js --cert FILE --key FILE [--options JSON]
// It prints "LISTENING <port>" once it accepts connections.

const fs = require('fs');
const https = require('https');

function parseArguments(argv) {
    const args = { options: {} };
    for (let i = 2; i < argv.length; i += 2) {
        const key = argv[i].replace(/^--/, '');
        const value = argv[i + 1];
        if (key === 'options')
            args.options = JSON.parse(value);
        else
            args[key] = value;
    }
    if (!args.cert || !args.key)
        throw new Error('usage: node emulator.js --cert FILE --key FILE [--options JSON]');
    return args;
}

function readBody(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        request.on('data', chunk => chunks.push(chunk));
        request.on('end', () => resolve(Buffer.concat(chunks)));
        request.on('error', reject);
    });
}

function send(response, answer) {
    let body = answer.body === undefined ? '' : answer.body;
    const headers = Object.assign({}, answer.headers || {});
    if (!Buffer.isBuffer(body) && typeof body !== 'string') {
        body = JSON.stringify(body);
        if (!Object.keys(headers).some(name => name.toLowerCase() === 'content-type'))
            headers['Content-Type'] = 'application/json;charset=utf-8';
    }
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
    headers['Content-Length'] = String(bytes.length);
    response.writeHead(answer.status || 200, headers);
    response.end(bytes);
}

function startEmulator({ name, initialState, handle }) {
    const args = parseArguments(process.argv);
    let state = initialState(args.options);
    let clockOffsetMs = 0;
    let nextId = 100000;
    const log = [];
    const violations = [];
    const errors = [];
    const queued = [];

    const context = {
        get state() { return state; },
        options: args.options,
        now: () => new Date(Date.now() + clockOffsetMs),
        violation: text => violations.push(text),
        id: () => String(++nextId),
        reply: (status, object, headers) => ({ status, body: object, headers: headers || {} }),
    };

    async function control(request, path, body) {
        const json = body.length ? JSON.parse(body.toString('utf8')) : null;
        switch (`${request.method} ${path}`) {
        case 'GET /_emulator/state':
            return { status: 200, body: state };
        case 'PUT /_emulator/state':
            state = json;
            return { status: 200, body: state };
        case 'GET /_emulator/requests':
            return { status: 200, body: log };
        case 'GET /_emulator/violations':
            return { status: 200, body: { violations, errors } };
        case 'POST /_emulator/queue':
            // { status, headers, body, times }: answered before the emulator's own logic.
            for (let i = 0; i < (json.times || 1); ++i)
                queued.push(json);
            return { status: 200, body: { queued: queued.length } };
        case 'POST /_emulator/clock':
            clockOffsetMs = Math.round((json.offset_seconds || 0) * 1000);
            return { status: 200, body: { offset_seconds: clockOffsetMs / 1000 } };
        default:
            return { status: 404, body: { error: `no control ${request.method} ${path}` } };
        }
    }

    const server = https.createServer({
        cert: fs.readFileSync(args.cert),
        key: fs.readFileSync(args.key),
    }, async (request, response) => {
        try {
            const body = await readBody(request);
            const url = new URL(request.url, 'https://127.0.0.1');
            if (url.pathname.startsWith('/_emulator/')) {
                send(response, await control(request, url.pathname, body));
                return;
            }
            const entry = {
                method: request.method,
                url: request.url,
                path: url.pathname,
                headers: request.headers,
                raw_headers: request.rawHeaders,
                body: body.toString('base64'),
                time: Date.now() / 1000,
            };
            log.push(entry);
            let answer;
            if (queued.length) {
                answer = queued.shift();
            } else {
                answer = await handle({
                    method: request.method,
                    url: request.url,
                    path: url.pathname,
                    query: url.searchParams,
                    rawQuery: url.search.replace(/^\?/, ''),
                    headers: request.headers,
                    rawHeaders: request.rawHeaders,
                    body,
                    text: body.toString('utf8'),
                }, context);
            }
            entry.status = answer.status || 200;
            send(response, answer);
        } catch (error) {
            errors.push(String(error && error.stack || error));
            try {
                send(response, { status: 500, body: { emulator_error: String(error) } });
            } catch (ignored) {
                // the answer was already under way
            }
        }
    });
    server.keepAliveTimeout = 30000;
    server.listen(0, '127.0.0.1', () => {
        process.stdout.write(`LISTENING ${server.address().port}\n`);
    });
    process.on('SIGTERM', () => {
        server.close(() => process.exit(0));
        server.closeAllConnections();
        setTimeout(() => process.exit(0), 1000).unref();
    });
    return { name, context };
}

module.exports = { startEmulator };
