'use strict';
// deSEC's REST API (/api/v1) as Homing uses it: the account's domains
// (GET /domains/, with ?owns_qname= naming the one responsible for a name),
// one RRset (GET/PATCH /domains/{name}/rrsets/{subname|@}/{type}/, POST
// /domains/{name}/rrsets/), "Authorization: Token …", token policies (write
// permission per domain, subname, type), each domain's minimum TTL, Django
// REST framework's error bodies, and deSEC's throttling: reads 10/s and
// 50/min per account, RRset writes 2/s, 15/min, 100/h, 300/day per domain,
// 429 with Retry-After and "Request was throttled. Expected available in N seconds."
//
// Options: { token }. State:
//   { token, policies (null: unrestricted; else [{ domain, subname, type, perm_write }]),
//     limits: { reads: [{count, seconds}], writes: [{count, seconds}] },
//     domains: { "example.com": { minimum_ttl, rrsets: [{ subname, type, ttl, records }] } } }

const net = require('net');
const { startEmulator } = require('./lib/emulator');
const { SlidingWindows } = require('./lib/sliding-window');

const windows = new SlidingWindows();
const PREFIX = '/api/v1';
const MAXIMUM_TTL = 604800;

const READS = [{ count: 10, seconds: 1 }, { count: 50, seconds: 60 }];
const WRITES = [{ count: 2, seconds: 1 }, { count: 15, seconds: 60 }, { count: 100, seconds: 3600 }, { count: 300, seconds: 86400 }];

function detail(status, text, headers) {
    return { status, body: { detail: text }, headers: headers || {} };
}

function stamp() {
    return '2024-01-01T00:00:00.000000Z';
}

function domainObject(name, domain) {
    return { created: stamp(), minimum_ttl: domain.minimum_ttl, name, published: stamp(), touched: stamp() };
}

function rrsetObject(domainName, rrset) {
    const name = rrset.subname ? `${rrset.subname}.${domainName}.` : `${domainName}.`;
    return { created: stamp(), domain: domainName, subname: rrset.subname, name, records: rrset.records,
             ttl: rrset.ttl, type: rrset.type, touched: stamp() };
}

// The most specific policy decides (domain, subname, type; null matches any).
function mayWrite(state, domain, subname, type) {
    if (!state.policies)
        return true;
    const score = policy => (policy.domain === domain ? 4 : 0) + (policy.subname === subname ? 2 : 0) + (policy.type === type ? 1 : 0);
    const applicable = state.policies.filter(p => (p.domain === null || p.domain === domain)
        && (p.subname === null || p.subname === subname) && (p.type === null || p.type === type));
    applicable.sort((a, b) => score(b) - score(a));
    return applicable.length > 0 && applicable[0].perm_write;
}

function ownsQname(state, qname) {
    const name = qname.replace(/\.$/, '').toLowerCase();
    let best = null;
    for (const domain of Object.keys(state.domains)) {
        if ((name === domain || name.endsWith('.' + domain)) && (!best || domain.length > best.length))
            best = domain;
    }
    return best;
}

function validateRrset(body, domain, partial) {
    const errors = {};
    if (!partial || body.ttl !== undefined) {
        if (!Number.isInteger(body.ttl))
            errors.ttl = [body.ttl === undefined ? 'This field is required.' : 'A valid integer is required.'];
        else if (body.ttl < domain.minimum_ttl)
            errors.ttl = [`Ensure this value is greater than or equal to ${domain.minimum_ttl}.`];
        else if (body.ttl > MAXIMUM_TTL)
            errors.ttl = [`Ensure this value is less than or equal to ${MAXIMUM_TTL}.`];
    }
    if (!partial || body.records !== undefined) {
        if (!Array.isArray(body.records))
            errors.records = ['This field is required.'];
        else
            for (const record of body.records) {
                if ((body.type === 'A' && !net.isIPv4(record)) || (body.type === 'AAAA' && !net.isIPv6(record)))
                    errors.records = [`Record content for type ${body.type} malformed: ${record}`];
            }
    }
    return Object.keys(errors).length ? { status: 400, body: errors } : null;
}

function throttled(wait) {
    return detail(429, `Request was throttled. Expected available in ${wait} second${wait === 1 ? '' : 's'}.`,
                  { 'Retry-After': String(wait) });
}

function handle(request, context) {
    const state = context.state;
    const authorization = request.headers.authorization || '';
    if (!authorization)
        return detail(401, 'Authentication credentials were not provided.');
    if (authorization !== `Token ${state.token}`)
        return detail(401, 'Invalid token.');
    if (!request.path.startsWith(PREFIX + '/'))
        return detail(404, 'Not found.');
    const path = request.path.slice(PREFIX.length);
    if (!path.endsWith('/')) {
        // Django's APPEND_SLASH: a redirect a client with credentials must not follow.
        context.violation(`${request.method} ${request.path} without the final slash`);
        return { status: 301, body: '', headers: { Location: request.path + '/' } };
    }
    const write = request.method !== 'GET';
    const limits = (state.limits && (write ? state.limits.writes : state.limits.reads)) || (write ? WRITES : READS);

    if (path === '/domains/' && request.method === 'GET') {
        const wait = windows.take('reads', limits, context.now());
        if (wait !== null)
            return throttled(wait);
        const qname = request.query.get('owns_qname');
        const names = qname === null ? Object.keys(state.domains).sort() : [ownsQname(state, qname)].filter(Boolean);
        return { status: 200, body: names.map(name => domainObject(name, state.domains[name])) };
    }
    const single = /^\/domains\/([^/]+)\/rrsets\/([^/]+)\/([^/]+)\/$/.exec(path);
    const collection = /^\/domains\/([^/]+)\/rrsets\/$/.exec(path);
    if (!single && !collection)
        return detail(404, 'Not found.');
    const domainName = decodeURIComponent((single || collection)[1]).toLowerCase();
    const domain = state.domains[domainName];
    if (!domain)
        return detail(404, 'Not found.');
    const wait = windows.take(write ? `writes ${domainName}` : 'reads', limits, context.now());
    if (wait !== null)
        return throttled(wait);

    let body = null;
    if (write) {
        try {
            body = JSON.parse(request.text);
        } catch (e) {
            return { status: 400, body: { detail: 'JSON parse error' } };
        }
        if (Array.isArray(body))
            context.violation('a bulk request: Homing writes one RRset');
    }
    if (collection) {
        if (request.method !== 'POST')
            return detail(405, `Method "${request.method}" not allowed.`);
        const subname = body.subname || '';
        if (!mayWrite(state, domainName, subname, body.type))
            return detail(403, 'You do not have permission to perform this action.');
        const refused = validateRrset(body, domain, false);
        if (refused)
            return refused;
        if (domain.rrsets.some(r => r.subname === subname && r.type === body.type))
            return { status: 400, body: { non_field_errors: ['Another RRset with the same subdomain and type exists for this domain.'] } };
        const rrset = { subname, type: body.type, ttl: body.ttl, records: body.records };
        domain.rrsets.push(rrset);
        return { status: 201, body: rrsetObject(domainName, rrset) };
    }
    const subname = decodeURIComponent(single[2]) === '@' ? '' : decodeURIComponent(single[2]);
    const type = decodeURIComponent(single[3]);
    const index = domain.rrsets.findIndex(r => r.subname === subname && r.type === type);
    if (request.method === 'GET')
        return index < 0 ? detail(404, 'Not found.') : { status: 200, body: rrsetObject(domainName, domain.rrsets[index]) };
    if (request.method !== 'PATCH' && request.method !== 'PUT')
        return detail(405, `Method "${request.method}" not allowed.`);
    if (!mayWrite(state, domainName, subname, type))
        return detail(403, 'You do not have permission to perform this action.');
    if (index < 0)
        return detail(404, 'Not found.');
    const refused = validateRrset(Object.assign({ type }, body), domain, request.method === 'PATCH');
    if (refused)
        return refused;
    if (Array.isArray(body.records) && body.records.length === 0) {
        context.violation(`an empty records list deleted the RRset ${subname || '@'} ${type} of ${domainName}`);
        domain.rrsets.splice(index, 1);
        return { status: 204, body: '' };
    }
    const rrset = domain.rrsets[index];
    if (body.records !== undefined)
        rrset.records = body.records;
    if (body.ttl !== undefined)
        rrset.ttl = body.ttl;
    return { status: 200, body: rrsetObject(domainName, rrset) };
}

startEmulator({
    name: 'desec',
    initialState: options => ({
        token: options.token || 'test-token',
        policies: null,
        limits: null,
        domains: options.domains || { 'example.com': { minimum_ttl: 3600, rrsets: [] } },
    }),
    handle,
});
