'use strict';
// Gandi LiveDNS (API v5, /v5/livedns) as Homing uses it: the LiveDNS domains a
// personal access token reaches (GET /domains, paged with per_page and page,
// a Link header to the next page and Total-Count), one record set
// (GET/POST/PUT /domains/{fqdn}/records/{name}/{type}; POST refuses an
// existing set, PUT replaces it), "Authorization: Bearer <PAT>", the token's
// domains and permission, TTLs of 300 to 2592000, and Gandi's error bodies.
//
// Options: { token }. State:
//   { token, token_domains (null: all), token_can_write, max_per_page,
//     requests_per_minute (null: no limit),
//     domains: { "example.com": { records: [{ rrset_name, rrset_type, rrset_ttl, rrset_values }] } } }

const net = require('net');
const { startEmulator } = require('./lib/emulator');
const { SlidingWindows } = require('./lib/sliding-window');

const windows = new SlidingWindows();
const PREFIX = '/v5/livedns';

function problem(status, message, object, cause) {
    return { status, body: { code: status, message, object, cause } };
}

const UNAUTHORIZED = () => problem(401, 'The server could not verify that you authenticated to access the requested resource.',
                                   'HTTPUnauthorized', 'Unauthorized');
const FORBIDDEN = () => problem(403, 'Access was denied to this resource.', 'HTTPForbidden', 'Forbidden');
const NOT_FOUND = () => problem(404, 'The resource could not be found.', 'HTTPNotFound', 'Not Found');

function invalid(name, description) {
    return { status: 400, body: { status: 'error', errors: [{ location: 'body', name, description }] } };
}

function reachable(state, domain) {
    return !state.token_domains || state.token_domains.includes(domain);
}

function rrset(base, domain, record) {
    return {
        rrset_name: record.rrset_name, rrset_type: record.rrset_type, rrset_ttl: record.rrset_ttl,
        rrset_values: record.rrset_values,
        rrset_href: `${base}${PREFIX}/domains/${domain}/records/${record.rrset_name}/${record.rrset_type}`,
    };
}

function listDomains(request, state, base) {
    const perPage = Math.min(Number(request.query.get('per_page') || 100), state.max_per_page || 100);
    const page = Number(request.query.get('page') || 1);
    if (!Number.isInteger(perPage) || perPage < 1 || !Number.isInteger(page) || page < 1)
        return invalid('per_page', 'must be a positive integer');
    const names = Object.keys(state.domains).filter(name => reachable(state, name)).sort();
    const items = names.slice((page - 1) * perPage, page * perPage).map(fqdn => ({
        fqdn, domain_href: `${base}${PREFIX}/domains/${fqdn}`,
        domain_records_href: `${base}${PREFIX}/domains/${fqdn}/records`,
        domain_keys_href: `${base}${PREFIX}/domains/${fqdn}/keys`, automatic_snapshots: true,
    }));
    const headers = { 'Total-Count': String(names.length) };
    if (page * perPage < names.length)
        headers.Link = `<${base}${PREFIX}/domains?per_page=${perPage}&page=${page + 1}>; rel="next"`;
    return { status: 200, body: items, headers };
}

function validate(type, body) {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        return invalid('body', 'must be an object');
    if (!Array.isArray(body.rrset_values) || body.rrset_values.length === 0)
        return invalid('rrset_values', 'is required and must be a non-empty list');
    for (const value of body.rrset_values) {
        if (type === 'A' && !net.isIPv4(value))
            return invalid('rrset_values', `${value} is not a valid IPv4 address`);
        if (type === 'AAAA' && !net.isIPv6(value))
            return invalid('rrset_values', `${value} is not a valid IPv6 address`);
    }
    if (body.rrset_ttl !== undefined) {
        if (!Number.isInteger(body.rrset_ttl))
            return invalid('rrset_ttl', `${JSON.stringify(body.rrset_ttl)} is not of type 'integer'`);
        if (body.rrset_ttl < 300)
            return invalid('rrset_ttl', `${body.rrset_ttl} is less than minimum value 300`);
        if (body.rrset_ttl > 2592000)
            return invalid('rrset_ttl', `${body.rrset_ttl} is greater than maximum value 2592000`);
    }
    return null;
}

function handle(request, context) {
    const state = context.state;
    const base = `https://${request.headers.host}`;
    const authorization = request.headers.authorization || '';
    if (authorization !== `Bearer ${state.token}`)
        return UNAUTHORIZED();
    if (state.requests_per_minute !== null && state.requests_per_minute !== undefined) {
        const wait = windows.take('token', [{ count: state.requests_per_minute, seconds: 60 }], context.now());
        if (wait !== null)
            return Object.assign(problem(429, 'Too Many Requests', 'HTTPTooManyRequests', 'Too Many Requests'),
                                 { headers: { 'Retry-After': String(wait) } });
    }
    if (!request.path.startsWith(PREFIX + '/'))
        return NOT_FOUND();
    const path = request.path.slice(PREFIX.length);
    if (path === '/domains' && request.method === 'GET')
        return listDomains(request, state, base);

    const match = /^\/domains\/([^/]+)\/records\/([^/]+)\/([^/]+)$/.exec(path);
    if (!match)
        return NOT_FOUND();
    const domain = decodeURIComponent(match[1]).toLowerCase();
    const name = decodeURIComponent(match[2]);
    const type = decodeURIComponent(match[3]);
    if (!state.domains[domain])
        return problem(404, 'Unknown domain', 'LocalizedHTTPNotFound', 'Not Found');
    if (!reachable(state, domain))
        return FORBIDDEN();
    const records = state.domains[domain].records;
    const index = records.findIndex(r => r.rrset_name === name && r.rrset_type === type);
    if (request.method === 'GET')
        return index < 0 ? NOT_FOUND() : { status: 200, body: rrset(base, domain, records[index]) };
    if (request.method !== 'POST' && request.method !== 'PUT')
        return problem(405, 'The method is not allowed for the requested URL.', 'HTTPMethodNotAllowed', 'Method Not Allowed');
    if (!state.token_can_write)
        return FORBIDDEN();
    let body;
    try {
        body = JSON.parse(request.text);
    } catch (e) {
        return invalid('body', 'is not valid JSON');
    }
    const refused = validate(type, body);
    if (refused)
        return refused;
    if (request.method === 'POST' && index >= 0)
        return problem(409, 'A DNS record already exists with that name and type', 'HTTPConflict', 'Conflict');
    const record = { rrset_name: name, rrset_type: type, rrset_ttl: body.rrset_ttl || 10800, rrset_values: body.rrset_values };
    if (index >= 0)
        records[index] = record;
    else
        records.push(record);
    return { status: 201, body: { message: 'DNS Record Created' } };
}

startEmulator({
    name: 'gandi',
    initialState: options => ({
        token: options.token || 'test-token',
        token_domains: null,
        token_can_write: true,
        max_per_page: 100,
        requests_per_minute: null,
        domains: options.domains || { 'example.com': { records: [] } },
    }),
    handle,
});
