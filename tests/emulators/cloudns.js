'use strict';
// ClouDNS's HTTP API (api.cloudns.net/dns/<method>.json) as its wiki and
// recorded real answers show it: auth-id, sub-auth-id or sub-auth-user with
// auth-password as form fields (GET query or POST body), every failure an
// HTTP 200 {"status":"Failed","statusDescription"}, zones in pages
// (rows-per-page 10/20/30/50/100, page and rows-per-page both required),
// records as an object keyed by id ([] when none), TTLs from a fixed list,
// and the per-IP request limit answered in the body.
//
// Options: { users: [{type: "auth-id"|"sub-auth-id"|"sub-auth-user", id, password, zones: [names] | null}],
//            zones: [{name, type}], records: [{zone, id, type, host, record, ttl, status}],
//            ttls: [allowed TTLs], blocked_after: N (requests before "Request blocked"),
//            write_failure: a Failed text the next add-record/mod-record answers (once) }

const { startEmulator } = require('./lib/emulator');

const TTLS = [60, 300, 900, 1800, 3600, 21600, 43200, 86400, 172800, 259200, 604800, 1209600, 2592000];

function failed(text) {
    return { status: 200, body: { status: 'Failed', statusDescription: text } };
}

startEmulator({
    name: 'cloudns',
    initialState: options => ({
        users: options.users || [],
        zones: options.zones || [{ name: 'example.com', type: 'master' }],
        records: (options.records || []).map(r => Object.assign({ status: 1, ttl: '3600' }, r)),
        ttls: options.ttls || TTLS,
        blocked_after: options.blocked_after === undefined ? 100000 : options.blocked_after,
        write_failure: options.write_failure || null,
        next_id: 500000,
    }),
    handle(request, context) {
        const state = context.state;
        const form = new URLSearchParams(request.method === 'POST' ? request.text : request.rawQuery);
        if (request.query.has('auth-password'))
            context.violation('the password was sent in the URL');
        if (request.method === 'POST' && !/^application\/x-www-form-urlencoded/.test(request.headers['content-type'] || ''))
            context.violation('a POST without a form Content-Type');
        if (state.blocked_after <= 0)
            return failed('Request blocked. 127.0.0.1 is sending more than 20 requests per second.');
        state.blocked_after -= 1;

        const type = ['auth-id', 'sub-auth-id', 'sub-auth-user'].find(key => form.has(key));
        const user = type && state.users.find(u => u.type === type && String(u.id) === form.get(type)
            && u.password === form.get('auth-password'));
        if (!user)
            return failed(type === 'auth-id' || !type ? 'Invalid authentication, incorrect auth-id or auth-password.'
                : 'Invalid authentication, incorrect sub-auth-id, sub-auth-user or auth-password.');
        const reachable = zone => !user.zones || user.zones.includes(zone);

        const method = request.path.replace(/^\/dns\//, '').replace(/\.json$/, '');
        if (method === 'list-zones') {
            const rows = Number(form.get('rows-per-page'));
            const page = Number(form.get('page'));
            if (!form.has('page') || !form.has('rows-per-page'))
                return failed('Missing page or rows-per-page.');
            if (![10, 20, 30, 50, 100].includes(rows) || !Number.isInteger(page) || page < 1)
                return failed('Invalid rows-per-page or page.');
            const search = form.get('search') || '';
            const zones = state.zones.filter(z => reachable(z.name) && z.name.includes(search));
            return { status: 200, body: zones.slice((page - 1) * rows, page * rows)
                .map(z => ({ name: z.name, type: z.type, zone: 'domain', status: '1' })) };
        }
        const zoneName = form.get('domain-name');
        const zone = state.zones.find(z => z.name === zoneName);
        if (!zone || !reachable(zone.name))
            return failed('Missing domain-name');
        if (method === 'get-zone-info')
            return { status: 200, body: { name: zone.name, type: zone.type, zone: 'domain', status: '1' } };
        if (method === 'records') {
            let records = state.records.filter(r => r.zone === zone.name);
            if (form.has('host'))
                records = records.filter(r => r.host === form.get('host'));
            // An unknown type is ignored, as the wiki says.
            if (form.has('type') && ['A', 'AAAA', 'MX', 'CNAME', 'TXT', 'NS', 'SRV', 'CAA'].includes(form.get('type')))
                records = records.filter(r => r.type === form.get('type'));
            if (form.has('rows-per-page')) {
                const rows = Number(form.get('rows-per-page'));
                const page = Number(form.get('page') || 1);
                records = records.slice((page - 1) * rows, page * rows);
            }
            if (!records.length)
                return { status: 200, body: [] };
            const answer = {};
            for (const r of records)
                answer[r.id] = { id: r.id, type: r.type, host: r.host, record: r.record, failover: '0', ttl: String(r.ttl), status: r.status };
            return { status: 200, body: answer };
        }
        if (zone.type === 'slave' || zone.type === 'parked')
            return failed('This zone is not a master zone.');
        if (state.write_failure && ['add-record', 'mod-record'].includes(method)) {
            const text = state.write_failure;
            state.write_failure = null;
            return failed(text);
        }
        for (const field of ['host', 'record', 'ttl'])
            if (!form.has(field))
                return failed(`Missing ${field}`);
        if (!state.ttls.includes(Number(form.get('ttl'))))
            return failed('Invalid TTL. Choose from the list of the values we support.');
        if (method === 'add-record') {
            const recordType = form.get('record-type');
            if (!['A', 'AAAA'].includes(recordType))
                return failed('This record type is not supported.');
            const record = { zone: zone.name, id: String(state.next_id++), type: recordType, host: form.get('host'),
                record: form.get('record'), ttl: form.get('ttl'), status: 1 };
            state.records.push(record);
            return { status: 200, body: { status: 'Success', statusDescription: 'The record was added successfully.', data: { id: Number(record.id) } } };
        }
        if (method === 'mod-record') {
            const record = state.records.find(r => r.zone === zone.name && r.id === form.get('record-id'));
            if (!record)
                return failed('Invalid record-id param.');
            Object.assign(record, { host: form.get('host'), record: form.get('record'), ttl: form.get('ttl') });
            return { status: 200, body: { status: 'Success', statusDescription: 'The record was modified successfully.' } };
        }
        context.violation(`method ${method}: Homing never deletes or changes other things`);
        return failed('Invalid request.');
    },
});
