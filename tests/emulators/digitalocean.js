'use strict';
// DigitalOcean's API v2 domain records as Homing uses it: the account's
// domains (GET /v2/domains) and a domain's records (GET
// /v2/domains/{domain}/records, filtered by type and by name, the full name),
// both paged with per_page (default 20, at most 200) and page, and
// links.pages.next; POST a record; PATCH/PUT one by id. Bearer tokens with
// scopes (domain:read, domain:update, domain:create), {"id","message"} errors,
// 250 requests a minute per token with ratelimit-* headers.
//
// Options: { token }. State:
//   { token, scopes, requests_per_minute, next_id,
//     domains: { "example.com": { records: [{ id, type, name, data, ttl, priority, port, weight, flags, tag }] } } }
// Record names are relative ("www", "@" for the apex).

const net = require('net');
const { startEmulator } = require('./lib/emulator');
const { SlidingWindows } = require('./lib/sliding-window');

const windows = new SlidingWindows();
const PREFIX = '/v2';

function error(status, id, message) {
    return { status, body: { id, message, request_id: 'b6f36a8e-0f6a-4b0b-9a3c-6d6f2c1f0e11' } };
}

const NOT_FOUND = () => error(404, 'not_found', 'The resource you were accessing could not be found.');

// One page of `items` under `key`, with DigitalOcean's links and meta.
function paged(request, base, key, items) {
    const perPage = Math.min(Number(request.query.get('per_page') || 20), 200);
    const page = Number(request.query.get('page') || 1);
    if (!Number.isInteger(perPage) || perPage < 1 || !Number.isInteger(page) || page < 1)
        return error(400, 'bad_request', 'invalid page or per_page');
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = n => {
        const query = new URLSearchParams(request.query);
        query.set('page', String(n));
        query.set('per_page', String(perPage));
        return `${base}${request.path}?${query}`;
    };
    const pages = {};
    if (page > 1) {
        pages.first = link(1);
        pages.prev = link(page - 1);
    }
    if (page < last) {
        pages.next = link(page + 1);
        pages.last = link(last);
    }
    return { status: 200, body: { [key]: items.slice((page - 1) * perPage, page * perPage), links: { pages }, meta: { total: items.length } } };
}

function relativeName(name, domain) {
    const lower = name.replace(/\.$/, '').toLowerCase();
    if (lower === domain)
        return '@';
    return lower.endsWith('.' + domain) ? lower.slice(0, -domain.length - 1) : null;
}

function validate(body, partial) {
    if (!partial && typeof body.type !== 'string')
        return error(422, 'unprocessable_entity', 'type is required');
    if (!partial && typeof body.name !== 'string')
        return error(422, 'unprocessable_entity', 'name is required');
    if (body.data !== undefined) {
        if ((body.type === 'A' && !net.isIPv4(body.data)) || (body.type === 'AAAA' && !net.isIPv6(body.data)))
            return error(422, 'unprocessable_entity', `data is not a valid ${body.type} value`);
    }
    if (body.ttl !== undefined && (!Number.isInteger(body.ttl) || body.ttl < 30))
        return error(422, 'unprocessable_entity', 'record ttl must be greater than 30');
    return null;
}

function publicRecord(record) {
    return Object.assign({ priority: null, port: null, weight: null, flags: null, tag: null }, record);
}

function handle(request, context) {
    const state = context.state;
    const base = `https://${request.headers.host}`;
    if ((request.headers.authorization || '') !== `Bearer ${state.token}`)
        return error(401, 'Unauthorized', 'Unable to authenticate you');
    const limit = state.requests_per_minute ?? 250;
    const now = context.now();
    const wait = windows.take('token', [{ count: limit, seconds: 60 }], now);
    const reset = String(Math.floor(now.getTime() / 1000) + (wait === null ? 60 : wait));
    const rateHeaders = { 'ratelimit-limit': String(limit), 'ratelimit-remaining': '0', 'ratelimit-reset': reset };
    if (wait !== null)
        return Object.assign(error(429, 'too_many_requests', 'API Rate limit exceeded.'), { headers: rateHeaders });
    const answer = route(request, context, base);
    answer.headers = Object.assign({ 'ratelimit-limit': String(limit), 'ratelimit-reset': reset }, answer.headers || {});
    return answer;
}

function needs(state, scope) {
    return state.scopes.includes(scope) ? null : error(403, 'Forbidden', 'You are not authorized to perform this operation');
}

function route(request, context, base) {
    const state = context.state;
    if (!request.path.startsWith(PREFIX + '/'))
        return NOT_FOUND();
    const path = request.path.slice(PREFIX.length);
    if (path === '/domains' && request.method === 'GET') {
        const refused = needs(state, 'domain:read');
        if (refused)
            return refused;
        const domains = Object.keys(state.domains).sort().map(name => ({ name, ttl: 1800, zone_file: '' }));
        return paged(request, base, 'domains', domains);
    }
    const match = /^\/domains\/([^/]+)\/records(?:\/(\d+))?$/.exec(path);
    if (!match)
        return NOT_FOUND();
    const domainName = decodeURIComponent(match[1]).toLowerCase();
    const domain = state.domains[domainName];
    const id = match[2] === undefined ? null : Number(match[2]);
    const scope = request.method === 'GET' ? 'domain:read' : request.method === 'POST' ? 'domain:create' : 'domain:update';
    const refused = needs(state, scope);
    if (refused)
        return refused;
    if (!domain)
        return NOT_FOUND();
    if (id === null && request.method === 'GET') {
        const type = request.query.get('type');
        const name = request.query.get('name');
        if (name !== null && type === null)
            return error(422, 'unprocessable_entity', 'type is required when filtering by name');
        const relative = name === null ? null : relativeName(name, domainName);
        const found = domain.records.filter(r => (type === null || r.type === type) && (name === null || r.name === relative));
        return paged(request, base, 'domain_records', found.map(publicRecord));
    }
    let body = {};
    if (request.method !== 'GET' && request.method !== 'DELETE') {
        try {
            body = JSON.parse(request.text);
        } catch (e) {
            return error(400, 'bad_request', 'invalid JSON');
        }
    }
    if (id === null && request.method === 'POST') {
        const invalid = validate(body, false);
        if (invalid)
            return invalid;
        const record = { id: state.next_id++, type: body.type, name: body.name, data: body.data, ttl: body.ttl || 1800 };
        domain.records.push(record);
        return { status: 201, body: { domain_record: publicRecord(record) } };
    }
    const record = id === null ? null : domain.records.find(r => r.id === id);
    if (!record)
        return NOT_FOUND();
    if (request.method === 'GET')
        return { status: 200, body: { domain_record: publicRecord(record) } };
    if (request.method === 'PATCH' || request.method === 'PUT') {
        const invalid = validate(Object.assign({ type: record.type }, body), request.method === 'PATCH');
        if (invalid)
            return invalid;
        if (body.type !== undefined && body.type !== record.type)
            context.violation(`record ${id} changed from ${record.type} to ${body.type}`);
        for (const key of ['type', 'name', 'data', 'ttl', 'priority', 'port', 'weight', 'flags', 'tag']) {
            if (body[key] !== undefined)
                record[key] = body[key];
        }
        return { status: 200, body: { domain_record: publicRecord(record) } };
    }
    if (request.method === 'DELETE')
        context.violation(`record ${id} deleted`);
    return error(405, 'method_not_allowed', `${request.method} is not allowed`);
}

startEmulator({
    name: 'digitalocean',
    initialState: options => ({
        token: options.token || 'test-token',
        scopes: ['domain:read', 'domain:update', 'domain:create'],
        requests_per_minute: 250,
        next_id: 3352900,
        domains: options.domains || { 'example.com': { records: [] } },
    }),
    handle,
});
