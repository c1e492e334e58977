'use strict';
// Dynu API v2 (api.dynu.com/v2) as its OpenAPI description and recorded real
// answers show it: the API-Key header, the account's domains in one list
// (each carrying the address of its own name), a domain's records in one list,
// records created and changed with POST, the domain read with GET /dns/{id}
// and changed with POST /dns/{id}. The list leaves some of a domain's settings
// out (as Dynu's documented example does), and the domain POST takes the whole
// object: a setting it leaves out is reset to false. Failures are {"exception":{"statusCode","type","message"}}, some
// of them with HTTP 200.
//
// Options: { key, domains: [{id, name, ipv4Address, ipv6Address, ttl, ipv4, ipv6, group, ...}],
//            records: [{id, domainId, nodeName, recordType, ttl, state, group, ipv4Address|ipv6Address}],
//            record_limit: N (more records answer 503 Quota Exception), min_ttl }

const { startEmulator } = require('./lib/emulator');

function exception(httpStatus, statusCode, type, message) {
    return { status: httpStatus, body: { exception: { statusCode, type, message } } };
}

// Settings GET /dns leaves out of its list; the domain's own GET has them.
const LIST_OMITS = ['dnssec', 'allowZoneTransfer', 'ipv6WildcardAlias'];
// The domain's booleans: a POST that leaves one out turns it off.
const DOMAIN_FLAGS = ['ipv4', 'ipv6', 'ipv4WildcardAlias', 'ipv6WildcardAlias', 'allowZoneTransfer', 'dnssec'];

function domainView(domain) {
    return Object.assign({ unicodeName: domain.name, token: 'tokentokentoken', state: 'Complete',
        createdOn: '2020-01-01T00:00:00' }, domain);
}

function recordView(domain, record) {
    const hostname = record.nodeName ? `${record.nodeName}.${domain.name}` : domain.name;
    const address = record.ipv4Address || record.ipv6Address;
    return Object.assign({ statusCode: 200 }, record, { domainName: domain.name, hostname,
        content: `${hostname}. ${record.ttl} IN ${record.recordType} ${address}`, updatedOn: '2025-01-01T00:00:00' });
}

startEmulator({
    name: 'dynu_api',
    initialState: options => ({
        key: options.key,
        domains: options.domains || [{ id: 100, name: 'example.com', ipv4Address: '81.2.69.1', ttl: 120, ipv4: true, ipv6: false }],
        records: (options.records || []).map(r => Object.assign({ state: true, group: '' }, r)),
        record_limit: options.record_limit || 1000,
        min_ttl: options.min_ttl || 30,
        next_id: 7000,
    }),
    handle(request, context) {
        const state = context.state;
        if (request.headers['api-key'] !== state.key)
            return exception(401, 401, 'Authentication Exception', 'Failed.');
        const parts = request.path.split('/').map(decodeURIComponent); // '', v2, dns, id, record, rid
        if (parts[1] !== 'v2' || parts[2] !== 'dns')
            return exception(404, 404, 'Request Exception', 'Invalid.');
        if (parts.length === 3 && request.method === 'GET')
            return { status: 200, body: { statusCode: 200, domains: state.domains.map(d => {
                const view = domainView(d);
                for (const key of LIST_OMITS)
                    delete view[key];
                return view;
            }) } };
        const domain = state.domains.find(d => String(d.id) === parts[3]);
        if (!domain)
            return exception(200, 404, 'Request Exception', 'Invalid.');
        if (request.method === 'GET' && parts.length === 4)
            return { status: 200, body: Object.assign({ statusCode: 200 }, domainView(domain)) };
        if (request.method === 'GET' && parts.length === 5 && parts[4] === 'record') {
            const soa = { id: 1, domainId: domain.id, nodeName: '', recordType: 'SOA', ttl: 120, state: true,
                masterName: 'ns1.dynu.com', responsibleName: 'administrator.dynu.com' };
            const records = [soa].concat(state.records.filter(r => r.domainId === domain.id));
            return { status: 200, body: { statusCode: 200, dnsRecords: records.map(r => recordView(domain, r)) } };
        }
        if (request.method !== 'POST') {
            context.violation(`${request.method} ${request.path}: Homing never deletes`);
            return exception(404, 404, 'Request Exception', 'Invalid.');
        }
        if (!/^application\/json/.test(request.headers['content-type'] || ''))
            context.violation(`POST ${request.path} without a JSON Content-Type`);
        let body;
        try {
            body = JSON.parse(request.text);
        } catch (e) {
            return exception(502, 502, 'Parse Exception', 'Invalid.');
        }
        const addressField = body.recordType === 'AAAA' ? 'ipv6Address' : 'ipv4Address';
        if (body.ttl !== undefined && (!Number.isInteger(body.ttl) || body.ttl < state.min_ttl || body.ttl > 86400))
            return exception(501, 501, 'Argument Exception', 'Invalid.');
        if (parts.length === 4) {
            // The domain itself: its own settings, sent back whole.
            if (body.name !== domain.name)
                return exception(501, 501, 'Argument Exception', 'Invalid.');
            for (const key of ['token', 'state', 'createdOn', 'updatedOn', 'unicodeName'])
                if (key in body)
                    context.violation(`the domain update carries the read-only ${key}`);
            for (const key of ['statusCode'])
                if (key in body)
                    context.violation(`the domain update carries the reply's ${key}`);
            for (const key of DOMAIN_FLAGS)
                if (!(key in body) && key in domain)
                    domain[key] = false;
            for (const key of Object.keys(body))
                if (key !== 'id')
                    domain[key] = body[key];
            return { status: 200, body: { statusCode: 200 } };
        }
        if (parts[4] !== 'record')
            return exception(404, 404, 'Request Exception', 'Invalid.');
        if (!['A', 'AAAA'].includes(body.recordType) || typeof body[addressField] !== 'string' || typeof body.nodeName !== 'string')
            return exception(501, 501, 'Argument Exception', 'Invalid.');
        if (parts.length === 5) {
            if (state.records.filter(r => r.domainId === domain.id).length >= state.record_limit)
                return exception(503, 503, 'Quota Exception', 'Failed.');
            const record = { id: state.next_id++, domainId: domain.id, nodeName: body.nodeName, recordType: body.recordType,
                ttl: body.ttl || 300, state: body.state !== false, group: body.group || '', [addressField]: body[addressField] };
            state.records.push(record);
            return { status: 200, body: recordView(domain, record) };
        }
        const record = state.records.find(r => r.domainId === domain.id && String(r.id) === parts[5]);
        if (!record)
            return exception(200, 404, 'Request Exception', 'Invalid.');
        if (body.nodeName !== record.nodeName || body.recordType !== record.recordType)
            return exception(501, 501, 'Argument Exception', 'Invalid.');
        Object.assign(record, { ttl: body.ttl === undefined ? record.ttl : body.ttl, state: body.state !== false,
            group: body.group === undefined ? record.group : body.group, [addressField]: body[addressField] });
        return { status: 200, body: recordView(domain, record) };
    },
});
