'use strict';
// IONOS hosting DNS API (api.hosting.ionos.com/dns/v1), per its OpenAPI 1.0.2
// description: X-API-Key "prefix.secret", zones in one list, a zone's
// records filtered by recordName (full name) and recordType, records created
// with a POST of a list (201) and changed with a PUT of content, ttl, prio
// and disabled. Errors are lists of {code, message[, parameters]}.
//
// Options: { key, zones: [{id, name, type}], records: [{id, zoneId, name, type, content, ttl, prio, disabled}],
//            min_ttl: N (records below it are INVALID_RECORD) }

const { startEmulator } = require('./lib/emulator');

const UNAUTHORIZED = [{ code: 'UNAUTHORIZED', message: 'The customer is not authorized to do this operation.' }];

function view(zone, record) {
    return { id: record.id, name: record.name, rootName: zone.name, type: record.type, content: record.content,
        changeDate: record.changeDate, ttl: record.ttl, prio: record.prio || 0, disabled: !!record.disabled };
}

startEmulator({
    name: 'ionos',
    initialState: options => ({
        key: options.key,
        zones: options.zones || [{ id: '11af3414-ebba-11e9-8df5-66fbe8a334b4', name: 'example.com', type: 'NATIVE' }],
        records: (options.records || []).map(r => Object.assign({ prio: 0, disabled: false, changeDate: '2025-01-01T00:00:00.000Z' }, r)),
        min_ttl: options.min_ttl || 60,
        next_id: 1,
    }),
    handle(request, context) {
        const state = context.state;
        if (request.headers['x-api-key'] !== state.key)
            return { status: 401, body: UNAUTHORIZED };
        const parts = request.path.split('/').map(decodeURIComponent); // '', dns, v1, zones, id, records, rid
        if (parts[1] !== 'dns' || parts[2] !== 'v1' || parts[3] !== 'zones')
            return { status: 404, body: [{ code: 'NOT_FOUND', message: 'Not found.' }] };
        if (parts.length === 4 && request.method === 'GET')
            return { status: 200, body: state.zones.map(z => ({ id: z.id, name: z.name, type: z.type })) };
        const zone = state.zones.find(z => z.id === parts[4]);
        if (!zone)
            return { status: 404, body: [{ code: 'ZONE_NOT_FOUND', message: 'Zone not found.' }] };
        if (parts.length === 5 && request.method === 'GET') {
            let records = state.records.filter(r => r.zoneId === zone.id);
            if (request.query.has('recordName'))
                records = records.filter(r => r.name === request.query.get('recordName'));
            if (request.query.has('recordType')) {
                const types = request.query.get('recordType').split(',');
                records = records.filter(r => types.includes(r.type));
            }
            if (request.query.has('suffix'))
                records = records.filter(r => r.name.endsWith(request.query.get('suffix')));
            return { status: 200, body: { id: zone.id, name: zone.name, type: zone.type, records: records.map(r => view(zone, r)) } };
        }
        if (parts.length === 5) {
            context.violation(`${request.method} on a whole zone: it replaces records Homing does not own`);
            return { status: 400, body: [{ code: 'INVALID_DATA', message: 'The request body is invalid or not supported by the endpoint.' }] };
        }
        if (!/^application\/json/.test(request.headers['content-type'] || ''))
            context.violation(`${request.method} ${request.path} without a JSON Content-Type`);
        let body;
        try {
            body = JSON.parse(request.text);
        } catch (e) {
            return { status: 400, body: [{ code: 'INVALID_DATA', message: 'The request body is invalid or not supported by the endpoint.' }] };
        }
        const invalid = record => {
            const fields = [];
            if (!Number.isInteger(record.ttl) || record.ttl < state.min_ttl || record.ttl > 86400)
                fields.push('ttl');
            if (typeof record.content !== 'string' || !record.content)
                fields.push('content');
            return fields.length ? { status: 400, body: [{ code: 'INVALID_RECORD', message: 'Record is invalid.', parameters: { invalidFields: fields, errorRecord: record } }] } : null;
        };
        const stamp = context.now().toISOString();
        if (parts.length === 6 && parts[5] === 'records' && request.method === 'POST') {
            if (!Array.isArray(body))
                return { status: 400, body: [{ code: 'INVALID_DATA', message: 'The request body is invalid or not supported by the endpoint.' }] };
            for (const record of body) {
                const problem = invalid(record);
                if (problem)
                    return problem;
                if (!record.name.endsWith(zone.name))
                    return { status: 400, body: [{ code: 'INVALID_RECORD', message: 'Record is invalid.', parameters: { invalidFields: ['name'] } }] };
            }
            const created = body.map(record => {
                const stored = { id: `rec-${state.next_id++}`, zoneId: zone.id, name: record.name, type: record.type, content: record.content,
                    ttl: record.ttl, prio: record.prio || 0, disabled: !!record.disabled, changeDate: stamp };
                state.records.push(stored);
                return view(zone, stored);
            });
            return { status: 201, body: created };
        }
        if (parts.length === 7 && parts[5] === 'records' && request.method === 'PUT') {
            const record = state.records.find(r => r.zoneId === zone.id && r.id === parts[6]);
            if (!record)
                return { status: 404, body: [{ code: 'RECORD_NOT_FOUND', message: 'Record does not exist.' }] };
            const problem = invalid(body);
            if (problem)
                return problem;
            for (const key of Object.keys(body))
                if (!['disabled', 'content', 'ttl', 'prio'].includes(key))
                    context.violation(`the update carries ${key}, which the API does not take`);
            Object.assign(record, { content: body.content, ttl: body.ttl, prio: body.prio === undefined ? 0 : body.prio,
                disabled: !!body.disabled, changeDate: stamp });
            return { status: 200, body: view(zone, record) };
        }
        context.violation(`${request.method} ${request.path}: Homing never deletes`);
        return { status: 404, body: [{ code: 'NOT_FOUND', message: 'Not found.' }] };
    },
});
