'use strict';
// Porkbun's API v3 as Homing uses it: every call a POST whose JSON body holds
// apikey and secretapikey; /domain/listAll (1000 a page from "start"),
// /dns/retrieveByNameType, /dns/create, /dns/editByNameType (changes every
// record of the name and type), /dns/edit/{id}; the per-domain API ACCESS
// switch; {"status":"ERROR","message":…} with HTTP 400; and the front end's
// HTML 503 when a key sends too fast.
//
// Options: { apikey, secretapikey }. State:
//   { apikey, secretapikey, requests_per_second (null: no limit), filler_domains,
//     next_id, domains: { "example.com": { api_access, records: [{ id, name, type, content, ttl, prio, notes }] } } }
// Record names are full ("www.example.com"; the apex is the domain), ttl a string.

const net = require('net');
const { startEmulator } = require('./lib/emulator');
const { SlidingWindows } = require('./lib/sliding-window');

const windows = new SlidingWindows();
const PAGE = 1000;
const TTL_DEFAULT = '600';
const TYPES = ['A', 'MX', 'CNAME', 'ALIAS', 'TXT', 'NS', 'AAAA', 'SRV', 'TLSA', 'CAA', 'HTTPS', 'SVCB'];

const OVERLOADED = '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n'
    + '<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>openresty</center>\r\n'
    + '</body>\r\n</html>\r\n';

function failure(message) {
    return { status: 400, body: { status: 'ERROR', message } };
}

function success(extra) {
    return { status: 200, body: Object.assign({ status: 'SUCCESS' }, extra || {}) };
}

function domainNames(state) {
    const names = Object.keys(state.domains);
    for (let i = 1; i <= (state.filler_domains || 0); ++i)
        names.push(`filler-${String(i).padStart(5, '0')}.example`);
    return names.sort();
}

function fullName(subdomain, domain) {
    return subdomain ? `${subdomain}.${domain}` : domain;
}

// Porkbun keeps TTLs as strings and never below its minimum.
function ttlText(value) {
    const ttl = Number(value);
    return String(Number.isFinite(ttl) && ttl >= 600 ? Math.floor(ttl) : 600);
}

function validContent(type, content) {
    return type === 'A' ? net.isIPv4(content) : type === 'AAAA' ? net.isIPv6(content) : typeof content === 'string';
}

function listAll(body, state) {
    const start = Number(body.start || 0);
    const names = domainNames(state).slice(start, start + PAGE);
    return success({
        domains: names.map(domain => ({
            domain, status: 'ACTIVE', tld: domain.split('.').pop(), createDate: '2020-01-01 00:00:00',
            expireDate: '2030-01-01 00:00:00', securityLock: '1', whoisPrivacy: '1', autoRenew: 0, notLocal: 0,
        })),
    });
}

function dns(action, parts, body, context) {
    const state = context.state;
    const domain = (parts[0] || '').toLowerCase();
    const zone = state.domains[domain];
    if (!zone)
        return failure('Invalid domain.');
    if (!zone.api_access)
        return failure('Domain is not opted in to API access.');
    const records = zone.records;
    switch (action) {
    case 'retrieveByNameType': {
        const [type, subdomain] = [parts[1], parts[2] || ''];
        const name = fullName(subdomain, domain);
        return success({ cloudflare: 'enabled', records: records.filter(r => r.type === type && r.name === name) });
    }
    case 'create': {
        if (!TYPES.includes(body.type))
            return failure('Invalid type.');
        if (!validContent(body.type, body.content))
            return failure(`Create error: invalid content for a ${body.type} record.`);
        const id = String(state.next_id++);
        records.push({ id, name: fullName(body.name || '', domain), type: body.type, content: body.content,
                       ttl: ttlText(body.ttl), prio: String(body.prio || '0'), notes: body.notes || '' });
        return success({ id: Number(id) });
    }
    case 'editByNameType': {
        const [type, subdomain] = [parts[1], parts[2] || ''];
        const name = fullName(subdomain, domain);
        const matching = records.filter(r => r.type === type && r.name === name);
        if (matching.length === 0)
            return failure('Edit error: We were unable to edit the DNS record.');
        if (matching.length > 1)
            context.violation(`editByNameType changed ${matching.length} ${type} records of ${name} at once`);
        if (!validContent(type, body.content))
            return failure(`Edit error: invalid content for a ${type} record.`);
        for (const record of matching) {
            record.content = body.content;
            // A full replace (as public clients describe Porkbun's edit): what
            // the edit leaves out is reset, the TTL to the default, notes cleared.
            record.ttl = ttlText(body.ttl);
            record.prio = body.prio === undefined ? '0' : String(body.prio);
            record.notes = body.notes === undefined || body.notes === null ? '' : body.notes;
        }
        return success();
    }
    case 'edit': {
        const record = records.find(r => r.id === String(parts[1]));
        if (!record)
            return failure('Edit error: We were unable to edit the DNS record.');
        if (body.name === undefined)
            context.violation(`edit of record ${record.id} without a name: Porkbun moves it to the apex`);
        if (!TYPES.includes(body.type))
            return failure('Invalid type.');
        if (!validContent(body.type, body.content))
            return failure(`Edit error: invalid content for a ${body.type} record.`);
        record.name = fullName(body.name || '', domain);
        record.type = body.type;
        record.content = body.content;
        record.ttl = ttlText(body.ttl);
        record.prio = body.prio === undefined ? '0' : String(body.prio);
        record.notes = body.notes === undefined || body.notes === null ? '' : body.notes;
        return success();
    }
    default:
        return { status: 404, body: '<html><body>Not Found</body></html>', headers: { 'Content-Type': 'text/html' } };
    }
}

function handle(request, context) {
    const state = context.state;
    if (state.requests_per_second !== null && state.requests_per_second !== undefined) {
        const wait = windows.take('key', [{ count: state.requests_per_second, seconds: 1 }], context.now());
        if (wait !== null)
            return { status: 503, body: OVERLOADED, headers: { 'Content-Type': 'text/html' } };
    }
    const match = /^\/api\/json\/v3\/(.+)$/.exec(request.path);
    if (!match || request.method !== 'POST')
        return { status: 404, body: '<html><body>Not Found</body></html>', headers: { 'Content-Type': 'text/html' } };
    let body;
    try {
        body = JSON.parse(request.text || '{}');
    } catch (e) {
        return failure('Invalid JSON.');
    }
    if (!body.apikey || !body.secretapikey)
        return failure('All API requests must be made with an API key and secret API key.');
    if (body.apikey !== state.apikey || body.secretapikey !== state.secretapikey)
        return failure('Invalid API key. (002)');

    const parts = match[1].split('/').map(decodeURIComponent);
    const group = parts.shift();
    if (group === 'ping' && parts.length === 0)
        return success({ yourIp: '127.0.0.1' });
    if (group === 'domain' && parts[0] === 'listAll')
        return listAll(body, state);
    if (group === 'dns' && parts.length >= 2)
        return dns(parts[0], parts.slice(1), body, context);
    return { status: 404, body: '<html><body>Not Found</body></html>', headers: { 'Content-Type': 'text/html' } };
}

startEmulator({
    name: 'porkbun',
    initialState: options => ({
        apikey: options.apikey || 'pk1_test',
        secretapikey: options.secretapikey || 'sk1_test',
        requests_per_second: null,
        filler_domains: options.filler_domains || 0,
        next_id: 106926600,
        domains: options.domains || { 'example.com': { api_access: true, records: [] } },
    }),
    handle,
});
