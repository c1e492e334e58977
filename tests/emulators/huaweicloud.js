'use strict';
// Huawei Cloud DNS (云解析服务 DNS) behind its API gateway, for the end-to-end
// tests (tests/e2e/test_huaweicloud.py). See ../shared/reference/providers.md §3.
//
// The gateway: every request must carry an SDK-HMAC-SHA256 Authorization and
// an X-Sdk-Date. The signature is recomputed with the official Node SDK's own
// signer, AKSKSigner.sign of @huaweicloud/huaweicloud-sdk-core (the signer its
// clients use), over the headers the request names in SignedHeaders, with the
// values received. A date more than 15 minutes away from the gateway's clock
// (context.now()), an unknown AK or another signature is refused as the real
// gateway refuses it: HTTP 401 {"error_msg","error_code":"APIGW.0301","request_id"}.
//
// The DNS service: public and private zones (GET /v2/zones?type=...), record
// sets of a public zone by name, type and ISP line (GET/POST
// /v2.1/zones/{id}/recordsets, PUT .../{recordset_id}), pages of at most
// `limit` items followed with marker = the last id read, and the service's
// error bodies {"code":"DNS.xxxx","message":...}. A correct client never
// deletes, never renames a set, never changes its line, never touches a
// private zone and never creates a second set of one name, type and line:
// those are recorded as violations.
//
// Options (--options JSON):
//   access_key_id, secret_access_key: the one access key the gateway knows
//   zones: [{id?, name, zone_type: "public"|"private", status?}]
//   recordsets: [{id?, zone: zone name, name, type, records, ttl?, line?, weight?, description?}]
//   page_size: the largest page returned, whatever limit asks for
//   ignore_search_mode: match name and line_id as "like" even with search_mode=equal
//   min_ttl: the smallest TTL a record set may have (DNS.0319 below it)
//   record_quota: the most record sets the account may hold (DNS.0403 past it)

const crypto = require('crypto');
const net = require('net');
const { startEmulator } = require('./lib/emulator');
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner');

const CLOCK_WINDOW_MS = 15 * 60 * 1000;
const RECORD_TYPES = ['A', 'AAAA', 'MX', 'CNAME', 'TXT', 'NS', 'SRV', 'CAA'];
const CREATE_KEYS = ['name', 'type', 'ttl', 'records', 'line', 'description', 'status', 'weight', 'tags', 'alias_target'];
const UPDATE_KEYS = ['name', 'type', 'ttl', 'records', 'description', 'weight'];
const MAX_TTL = 2147483647;

// The same request hashed over the exact body bytes (the gateway hashes what
// it received). Used only for a body that JSON.stringify would not reproduce
// byte for byte: the SDK's sign() hashes JSON.stringify(request.data).
class ReceivedBodySigner extends AKSKSigner {
    static buildPayloadHash(request) {
        return crypto.createHash('sha256').update(request.rawBody).digest('hex');
    }
}

function requestId() {
    return crypto.randomBytes(16).toString('hex');
}

function gatewayError(status, code, message) {
    const id = requestId();
    return { status, body: { error_msg: message, error_code: code, request_id: id },
             headers: { 'X-Request-Id': id, Server: 'api-gateway' } };
}

function dnsError(status, code, message) {
    return { status, body: { code, message }, headers: { 'X-Request-Id': requestId() } };
}

function sdkDate(date) {
    return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function newId(context) {
    return 'ff8080827' + String(context.id()).padStart(23, '0');
}

function initialState(options) {
    let counter = 0;
    const id = prefix => prefix + String(++counter).padStart(32 - prefix.length, '0');
    const zones = (options.zones || [{ name: 'example.com' }]).map(zone => ({
        id: zone.id || id('2c9eb1555871'),
        name: zone.name.replace(/\.?$/, '.'),
        description: zone.description || '',
        email: 'hostmaster@' + zone.name,
        zone_type: zone.zone_type || 'public',
        ttl: 300,
        serial: 1,
        status: zone.status || 'ACTIVE',
        record_num: 2,
        pool_id: '00000000570e54ee01570e9939b20019',
        project_id: 'e55c6f3dc4e34c9f86353b664ae0e70c',
        created_at: '2024-05-01T08:00:00.000',
        updated_at: '2024-05-01T08:00:00.000',
    }));
    const recordsets = (options.recordsets || []).map(set => {
        const zone = zones.find(z => z.name === set.zone.replace(/\.?$/, '.') && z.zone_type === (set.zone_type || 'public'));
        return makeRecordSet(zone, {
            id: set.id || id('ff8080825b8f'),
            name: set.name, type: set.type, ttl: set.ttl, records: set.records, line: set.line,
            weight: set.weight, description: set.description,
        });
    });
    return { zones, recordsets };
}

function makeRecordSet(zone, fields) {
    return {
        id: fields.id,
        name: fields.name.replace(/\.?$/, '.'),
        description: fields.description === undefined ? null : fields.description,
        zone_id: zone.id,
        zone_name: zone.name,
        type: fields.type,
        ttl: fields.ttl === undefined ? 300 : fields.ttl,
        records: fields.records || [],
        created_at: '2024-05-01T08:00:00.000',
        updated_at: '2024-05-01T08:00:00.000',
        status: 'ACTIVE',
        default: false,
        project_id: zone.project_id,
        line: fields.line || 'default_view',
        weight: fields.weight === undefined ? 1 : fields.weight,
        health_check_id: null,
        alias_target: null,
    };
}

// --- the gateway -----------------------------------------------------------

function queryParams(query) {
    const params = {};
    for (const [key, value] of query) {
        if (key in params)
            params[key] = [].concat(params[key], value);
        else
            params[key] = value;
    }
    return params;
}

function refuseSignature(request, context) {
    const options = context.options;
    const authorization = request.headers.authorization || '';
    const date = request.headers['x-sdk-date'];
    const match = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([a-z0-9;_-]+), Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!match || !date || !/^\d{8}T\d{6}Z$/.test(date)) {
        context.violation(`${request.method} ${request.url}: no well-formed SDK-HMAC-SHA256 Authorization and X-Sdk-Date`);
        return gatewayError(401, 'APIGW.0301', 'Incorrect IAM authentication information: Authorization format incorrect');
    }
    const [, accessKeyId, signedHeaders] = match;
    if (accessKeyId !== options.access_key_id)
        return gatewayError(401, 'APIGW.0301',
            `Incorrect IAM authentication information: Get secretKey failed,ak:${accessKeyId},err:ak not exist`);
    const now = context.now();
    const signedAt = Date.UTC(+date.slice(0, 4), +date.slice(4, 6) - 1, +date.slice(6, 8), +date.slice(9, 11),
                              +date.slice(11, 13), +date.slice(13, 15));
    if (Math.abs(now.getTime() - signedAt) > CLOCK_WINDOW_MS)
        return gatewayError(401, 'APIGW.0301',
            `Incorrect IAM authentication information: calc aksk signature fail:signature expired, signature time:${date},server time:${sdkDate(now)}`);

    const names = signedHeaders.split(';');
    for (const required of ['host', 'x-sdk-date']) {
        if (!names.includes(required))
            context.violation(`${request.method} ${request.url}: ${required} is not signed`);
    }
    // The headers as the SDK's signer takes them: the date under the name it
    // looks for, every other signed header with the value received.
    const headers = {};
    for (const name of names) {
        const value = request.headers[name];
        if (value === undefined) {
            context.violation(`${request.method} ${request.url}: signed header ${name} was not sent`);
            return gatewayError(401, 'APIGW.0301', 'Incorrect IAM authentication information: verify aksk signature fail');
        }
        headers[name === 'x-sdk-date' ? 'X-Sdk-Date' : name] = value;
    }
    const signing = {
        method: request.method,
        endpoint: `https://${request.headers.host}${request.path}`,
        headers,
        queryParams: queryParams(request.query),
        rawBody: request.body,
    };
    let signer = AKSKSigner;
    if (request.body.length) {
        let data;
        try {
            data = JSON.parse(request.text);
        } catch (error) {
            data = undefined;
        }
        if (data !== undefined && JSON.stringify(data) === request.text)
            signing.data = data;
        else
            signer = ReceivedBodySigner;
    }
    const credential = { getAk: () => options.access_key_id, getSk: () => options.secret_access_key };
    const expected = signer.sign(signing, credential).Authorization;
    if (expected === authorization)
        return null;
    // The real gateway shows the canonical request it computed, lines joined by "|".
    const canonical = [request.method, signer.CanonicalURI(new URL(signing.endpoint).pathname),
                       signer.CanonicalQueryString(signing), signer.buildCanonicalHeaders(headers),
                       names.join(';'), signer.buildPayloadHash(signing)].join('\n');
    return gatewayError(401, 'APIGW.0301',
        `Incorrect IAM authentication information: verify aksk signature fail, canonicalRequest:${canonical.replace(/\n/g, '|')}`);
}

// --- the DNS service -------------------------------------------------------

function like(value, wanted, exact) {
    const a = String(value).toLowerCase();
    const b = String(wanted).toLowerCase();
    return exact ? a === b : a.includes(b);
}

function page(request, context, items, key, path) {
    const limitText = request.query.get('limit');
    const limit = limitText === null ? 500 : Number(limitText);
    if (!/^\d+$/.test(limitText === null ? '500' : limitText) || limit > 500)
        return dnsError(400, 'DNS.0006', 'The limit parameter is invalid.');
    let start = 0;
    const marker = request.query.get('marker');
    if (marker) {
        start = items.findIndex(item => item.id === marker) + 1;
        if (start === 0)
            return dnsError(400, 'DNS.0007', 'The marker parameter is invalid.');
    } else if (request.query.get('offset')) {
        start = Number(request.query.get('offset'));
    }
    const size = Math.min(limit, context.options.page_size || limit);
    const listed = items.slice(start, start + size);
    const self = `https://${request.headers.host}${request.url}`;
    const links = { self };
    if (start + size < items.length && listed.length) {
        const next = new URLSearchParams(request.query);
        next.set('marker', listed[listed.length - 1].id);
        links.next = `https://${request.headers.host}${path}?${next}`;
    }
    return { status: 200, body: { links, [key]: listed, metadata: { total_count: items.length } } };
}

function listZones(request, context) {
    const type = request.query.get('type') || 'public';
    const exact = request.query.get('search_mode') === 'equal';
    const name = request.query.get('name');
    const zones = context.state.zones.filter(zone => zone.zone_type === type
        && (!name || like(zone.name, name.replace(/\.?$/, '.'), exact) || like(zone.name, name, exact)));
    return page(request, context, zones, 'zones', '/v2/zones');
}

function validValue(type, value) {
    if (typeof value !== 'string')
        return false;
    if (type === 'A')
        return net.isIPv4(value);
    if (type === 'AAAA')
        return net.isIPv6(value);
    return value.length > 0;
}

function checkRecordSetBody(context, zone, body, creating) {
    const allowed = creating ? CREATE_KEYS : UPDATE_KEYS;
    for (const key of Object.keys(body)) {
        if (!allowed.includes(key)) {
            context.violation(`${creating ? 'POST' : 'PUT'} record set: unexpected field ${key}`);
            if (key === 'line')
                return dnsError(400, 'DNS.0002', 'Invalid request.');
        }
    }
    if (typeof body.name !== 'string'
        || !(body.name === zone.name || body.name.toLowerCase().endsWith('.' + zone.name)))
        return dnsError(400, 'DNS.0304', 'Invalid record set name.');
    if (!RECORD_TYPES.includes(body.type))
        return dnsError(400, 'DNS.0307', 'Invalid record set type.');
    if (creating || body.records !== undefined) {
        if (!Array.isArray(body.records) || !body.records.length || !body.records.every(v => validValue(body.type, v)))
            return dnsError(400, 'DNS.0308', 'Invalid record set value.');
    }
    const minTtl = context.options.min_ttl || 1;
    if (body.ttl !== undefined && (!Number.isInteger(body.ttl) || body.ttl < minTtl || body.ttl > MAX_TTL))
        return dnsError(400, 'DNS.0319', `The TTL parameter has been out of range. The value ranges from ${minTtl} to ${MAX_TTL}.`);
    if (body.line !== undefined && (typeof body.line !== 'string' || !/^[A-Za-z0-9_-]+$/.test(body.line)))
        return dnsError(400, 'DNS.0002', 'Invalid request.');
    return null;
}

function recordSets(request, context, zoneId, recordsetId) {
    const state = context.state;
    const zone = state.zones.find(z => z.id === zoneId);
    if (zone && zone.zone_type !== 'public')
        context.violation(`${request.method} ${request.path}: a private zone (${zone.name}) was used`);
    if (!zone || zone.zone_type !== 'public')
        return dnsError(404, 'DNS.0302', 'This zone does not exist.');
    if (request.method === 'DELETE')
        context.violation(`DELETE ${request.path}: Homing never deletes`);

    if (request.method === 'GET' && !recordsetId) {
        const exact = request.query.get('search_mode') === 'equal' && !context.options.ignore_search_mode;
        const name = request.query.get('name');
        const type = request.query.get('type');
        const line = request.query.get('line_id');
        const sets = state.recordsets.filter(set => set.zone_id === zone.id
            && (!name || like(set.name, name, exact))
            && (!type || set.type === type)
            && (!line || like(set.line, line, exact)));
        return page(request, context, sets, 'recordsets', `/v2.1/zones/${zone.id}/recordsets`);
    }

    let body;
    if (request.method === 'POST' || request.method === 'PUT') {
        try {
            body = JSON.parse(request.text);
        } catch (error) {
            return dnsError(400, 'DNS.0002', 'Invalid request.');
        }
        if (body === null || typeof body !== 'object' || Array.isArray(body))
            return dnsError(400, 'DNS.0002', 'Invalid request.');
        if (request.headers['content-type'] !== 'application/json')
            context.violation(`${request.method} ${request.path}: Content-Type ${request.headers['content-type']}`);
    }

    if (request.method === 'POST' && !recordsetId) {
        const problem = checkRecordSetBody(context, zone, body, true);
        if (problem)
            return problem;
        const line = body.line || 'default_view';
        const name = body.name.toLowerCase();
        if (state.recordsets.some(set => set.zone_id === zone.id && set.name === name && set.type === body.type
                                         && set.line === line)) {
            context.violation(`POST ${request.path}: a second ${body.type} set of ${name} on line ${line}`);
            return dnsError(400, 'DNS.0312', 'This record set already exists.');
        }
        if (context.options.record_quota && state.recordsets.length >= context.options.record_quota)
            return dnsError(403, 'DNS.0403', 'Insufficient record set quota.');
        const set = makeRecordSet(zone, {
            id: newId(context), name, type: body.type, ttl: body.ttl, records: body.records, line,
            weight: body.weight, description: body.description,
        });
        state.recordsets.push(set);
        return { status: 202, body: Object.assign({}, set, { status: 'PENDING_CREATE', links: {
            self: `https://${request.headers.host}/v2.1/zones/${zone.id}/recordsets/${set.id}` } }) };
    }

    const set = recordsetId && state.recordsets.find(s => s.id === recordsetId && s.zone_id === zone.id);
    if (request.method === 'GET' && recordsetId) {
        if (!set)
            return dnsError(404, 'DNS.0313', 'This record set does not exist.');
        return { status: 200, body: set };
    }
    if (request.method === 'PUT' && recordsetId) {
        if (!set)
            return dnsError(404, 'DNS.0313', 'This record set does not exist.');
        const problem = checkRecordSetBody(context, zone, body, false);
        if (problem)
            return problem;
        if (body.name.toLowerCase() !== set.name)
            context.violation(`PUT ${request.path}: the set ${set.name} was renamed ${body.name}`);
        if (body.type !== set.type)
            return dnsError(400, 'DNS.0307', 'Invalid record set type.');
        if (set.default)
            return dnsError(400, 'DNS.0318', 'This record set is a default one and cannot be updated.');
        for (const key of ['ttl', 'records', 'description', 'weight']) {
            if (body[key] !== undefined)
                set[key] = body[key];
        }
        set.updated_at = new Date(context.now().getTime()).toISOString().replace('Z', '');
        return { status: 202, body: Object.assign({}, set, { status: 'PENDING_UPDATE' }) };
    }
    return gatewayError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment');
}

startEmulator({
    name: 'huaweicloud',
    initialState,
    handle(request, context) {
        const refusal = refuseSignature(request, context);
        if (refusal)
            return refusal;
        if (request.method === 'GET' && request.path === '/v2/zones')
            return listZones(request, context);
        const match = /^\/v2\.1\/zones\/([^/]+)\/recordsets(?:\/([^/]+))?$/.exec(request.path);
        if (match)
            return recordSets(request, context, match[1], match[2]);
        return gatewayError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment');
    },
});
