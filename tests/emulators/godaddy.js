'use strict';
// GoDaddy's Domains API v1 as Homing uses it: the account's domains
// (GET /v1/domains, paged with limit and marker), the records of one name and
// type (GET/PUT /v1/domains/{domain}/records/{type}/{name}; PUT replaces the
// whole set), "sso-key KEY:SECRET" authorization, the 2024 ACCESS_DENIED for
// small accounts, 60 requests a minute per endpoint (429 with retryAfterSec),
// and GoDaddy's error bodies {"code","message","fields"}.
//
// Options: { key, secret }. State (GET/PUT /_emulator/state):
//   { key, secret, access_denied, rate_limit_per_minute, filler_domains,
//     domains: { "example.com": { status, records: [{ type, name, data, ttl }] } } }
// filler_domains adds that many ACTIVE domains (filler-00001.example …) to the list.

const net = require('net');
const { startEmulator } = require('./lib/emulator');
const { SlidingWindows } = require('./lib/sliding-window');

const windows = new SlidingWindows();
const PAGE_MAXIMUM = 1000;
const TTL_MINIMUM = 600;

function error(status, code, message, extra) {
    return { status, body: Object.assign({ code, message }, extra || {}) };
}

function invalidBody(fields) {
    return error(422, 'INVALID_BODY', "Request body doesn't fulfill schema, see details in `fields`", { fields });
}

function domainNames(state) {
    const names = Object.keys(state.domains).filter(name => (state.domains[name].status || 'ACTIVE') === 'ACTIVE');
    for (let i = 1; i <= (state.filler_domains || 0); ++i)
        names.push(`filler-${String(i).padStart(5, '0')}.example`);
    return names.sort();
}

function domainSummary(name, index) {
    return {
        createdAt: '2019-04-01T10:00:00.000Z', domain: name, domainId: 1000000 + index, expirationProtected: false,
        expires: '2030-04-01T10:00:00.000Z', holdRegistrar: false, locked: true, nameServers: null, privacy: false,
        renewAuto: true, renewable: true, status: 'ACTIVE', transferProtected: false,
    };
}

function listDomains(request, state) {
    const limitText = request.query.get('limit');
    const limit = limitText === null ? PAGE_MAXIMUM : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_MAXIMUM)
        return error(422, 'INVALID_QUERY', 'Request was malformed',
                     { fields: [{ code: 'UNKNOWN_RESTRICTION', message: 'must have a maximum value of 1000', path: 'limit' }] });
    const statuses = (request.query.get('statuses') || '').split(',').filter(Boolean);
    if (statuses.some(status => status !== 'ACTIVE'))
        return { status: 200, body: [] }; // only ACTIVE domains exist here
    const marker = request.query.get('marker');
    const names = domainNames(state).filter(name => marker === null || name > marker);
    return { status: 200, body: names.slice(0, limit).map(domainSummary) };
}

function validRecord(type, data) {
    return type === 'A' ? net.isIPv4(data) : type === 'AAAA' ? net.isIPv6(data) : typeof data === 'string';
}

function replaceRecords(request, context, domain, type, name) {
    const state = context.state;
    if (!/^application\/json/.test(request.headers['content-type'] || ''))
        context.violation(`PUT without a JSON content type: ${request.headers['content-type']}`);
    let body;
    try {
        body = JSON.parse(request.text);
    } catch (e) {
        return error(400, 'INVALID_BODY', 'Request body is not valid JSON');
    }
    if (!Array.isArray(body))
        return invalidBody([{ code: 'UNEXPECTED_TYPE', message: 'is not a array', path: 'records' }]);
    const fields = [];
    body.forEach((item, index) => {
        const path = `records[${index}]`;
        if (typeof item !== 'object' || item === null) {
            fields.push({ code: 'UNEXPECTED_TYPE', message: 'is not a object', path });
            return;
        }
        if (typeof item.data !== 'string')
            fields.push({ code: 'MISSING_REQUIRED', message: 'is required', path: `${path}.data` });
        else if (!validRecord(type, item.data))
            fields.push({ code: 'MISMATCH_FORMAT', message: `is not a valid ${type} value`, path: `${path}.data` });
        if (item.ttl !== undefined && !Number.isInteger(item.ttl))
            fields.push({ code: 'UNEXPECTED_TYPE', message: 'is not a integer', path: `${path}.ttl` });
        else if (item.ttl !== undefined && item.ttl < TTL_MINIMUM)
            fields.push({ code: 'UNKNOWN_RESTRICTION', message: 'must have a minimum value of 600', path: `${path}.ttl` });
    });
    if (fields.length)
        return invalidBody(fields);
    if (body.length === 0)
        context.violation(`PUT of an empty record set for ${name} ${type} in ${domain} (deletes the records)`);
    const zone = state.domains[domain];
    const others = zone.records.filter(record => !(record.type === type && record.name === name));
    zone.records = others.concat(body.map(item => ({ type, name, data: item.data, ttl: item.ttl === undefined ? 3600 : item.ttl })));
    return { status: 200, body: '' };
}

function handle(request, context) {
    const state = context.state;
    const authorization = request.headers.authorization || '';
    const credentials = /^sso-key ([^:\s]+):(\S+)$/.exec(authorization);
    if (!credentials)
        return error(401, 'MALFORMED_CREDENTIALS', 'Unauthorized : Could not authenticate API key/secret');
    if (credentials[1] !== state.key || credentials[2] !== state.secret)
        return error(401, 'UNABLE_TO_AUTHENTICATE', 'Unauthorized : Could not authenticate API key/secret');
    if (state.access_denied)
        return error(403, 'ACCESS_DENIED', 'Authenticated user is not allowed access');

    const records = /^\/v1\/domains\/([^/]+)\/records\/([^/]+)\/([^/]+)$/.exec(request.path);
    const route = request.path === '/v1/domains' ? 'domains' : records ? 'records' : null;
    if (!route)
        return error(404, 'NOT_FOUND', `The requested route ${request.path} was not found`);
    const wait = windows.take(`${request.method} ${route}`, [{ count: state.rate_limit_per_minute ?? 60, seconds: 60 }],
                              context.now());
    if (wait !== null)
        return error(429, 'TOO_MANY_REQUESTS', 'Too many requests received within interval', { retryAfterSec: wait });

    if (route === 'domains') {
        if (request.method !== 'GET')
            return error(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed here`);
        return listDomains(request, state);
    }
    const domain = decodeURIComponent(records[1]).toLowerCase();
    const type = decodeURIComponent(records[2]);
    const name = decodeURIComponent(records[3]);
    if (!state.domains[domain])
        return error(404, 'UNKNOWN_DOMAIN', `The given domain is not registered, or does not have a zone file`);
    if (request.method === 'GET') {
        const found = state.domains[domain].records.filter(record => record.type === type && record.name === name);
        return { status: 200, body: found.map(record => ({ data: record.data, name: record.name, ttl: record.ttl, type: record.type })) };
    }
    if (request.method === 'PUT')
        return replaceRecords(request, context, domain, type, name);
    return error(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed here`);
}

startEmulator({
    name: 'godaddy',
    initialState: options => ({
        key: options.key || 'test-key',
        secret: options.secret || 'test-secret',
        access_denied: false,
        rate_limit_per_minute: 60,
        filler_domains: options.filler_domains || 0,
        domains: options.domains || { 'example.com': { status: 'ACTIVE', records: [] } },
    }),
    handle,
});
