'use strict';
// The old Hetzner DNS Console API (dns.hetzner.com/api/v1), per its OpenAPI
// 1.1.1 description: Auth-API-Token, zones in pages (per_page at most 100),
// records listed by zone (all at once unless per_page is given, no name or
// type filter), records created with POST and replaced with PUT. Errors:
// {"message"} from the gateway (401, 429 with Retry-After), and
// {"<object>":{},"error":{"message","code"}} from the API (404, 422).
//
// Options: { token, zones: [{id, name, ttl}], records: [{id, zone_id, type, name, value, ttl}],
//            page_size: N (serve record lists in pages of N, as if the server paged),
//            quota: N (requests before 429), retry_after: seconds }

const { startEmulator } = require('./lib/emulator');

function apiError(status, object, message) {
    return { status, body: { [object]: {}, error: { message, code: status } } };
}

startEmulator({
    name: 'hetzner_dns',
    initialState: options => ({
        token: options.token,
        zones: options.zones || [{ id: 'zoneA1', name: 'example.com', ttl: 86400 }],
        records: (options.records || []).map(r => Object.assign({}, r)),
        page_size: options.page_size || 0,
        quota: options.quota === undefined ? 1000 : options.quota,
        retry_after: options.retry_after || 60,
        next_id: 1,
    }),
    handle(request, context) {
        const state = context.state;
        if (request.headers['auth-api-token'] === undefined)
            return { status: 401, body: { message: 'No API key found in request' } };
        if (request.headers['auth-api-token'] !== state.token)
            return { status: 401, body: { message: 'Invalid authentication credentials' } };
        if (state.quota <= 0)
            return { status: 429, headers: { 'Retry-After': String(state.retry_after), 'X-Ratelimit-Remaining-Minute': '0' },
                body: { message: 'API rate limit exceeded' } };
        state.quota -= 1;
        const parts = request.path.split('/').map(decodeURIComponent); // '', api, v1, zones|records, id
        if (parts[1] !== 'api' || parts[2] !== 'v1')
            return { status: 404, body: { message: 'no Route matched with those values' } };
        const query = request.query;

        if (parts[3] === 'zones') {
            if (parts.length === 5) {
                const zone = state.zones.find(z => z.id === parts[4]);
                return zone ? { status: 200, body: { zone } } : apiError(404, 'zone', 'zone not found');
            }
            let zones = state.zones;
            if (query.has('name')) {
                zones = zones.filter(z => z.name === query.get('name'));
                if (!zones.length)
                    return apiError(404, 'zones', 'zone not found');
            }
            const perPage = query.has('per_page') ? Number(query.get('per_page')) : 100;
            const page = query.has('page') ? Number(query.get('page')) : 1;
            if (perPage > 100 || perPage < 1 || page < 1)
                return apiError(400, 'zones', 'invalid pagination');
            const lastPage = Math.max(1, Math.ceil(zones.length / perPage));
            return { status: 200, body: { zones: zones.slice((page - 1) * perPage, page * perPage),
                meta: { pagination: { page, per_page: perPage, previous_page: Math.max(1, page - 1),
                    next_page: Math.min(lastPage, page + 1), last_page: lastPage, total_entries: zones.length } } } };
        }
        if (parts[3] !== 'records')
            return { status: 404, body: { message: 'no Route matched with those values' } };

        if (request.method === 'GET' && parts.length === 4) {
            const zone = state.zones.find(z => z.id === query.get('zone_id'));
            if (!zone)
                return apiError(404, 'records', 'zone not found');
            const records = state.records.filter(r => r.zone_id === zone.id);
            const perPage = state.page_size || (query.has('per_page') ? Number(query.get('per_page')) : records.length || 1);
            const page = query.has('page') ? Number(query.get('page')) : 1;
            const lastPage = Math.max(1, Math.ceil(records.length / perPage));
            return { status: 200, body: { records: records.slice((page - 1) * perPage, page * perPage),
                meta: { pagination: { page, per_page: perPage, last_page: lastPage, total_entries: records.length } } } };
        }
        if (!/^application\/json/.test(request.headers['content-type'] || ''))
            context.violation(`${request.method} ${request.path} without a JSON Content-Type`);
        const body = request.text ? JSON.parse(request.text) : {};
        for (const field of ['value', 'type', 'name', 'zone_id']) {
            if (typeof body[field] !== 'string' || !body[field])
                return apiError(422, 'record', `422 Unprocessable Entity: missing or invalid field ${field}`);
        }
        if (body.ttl !== undefined && (!Number.isInteger(body.ttl) || body.ttl < 0))
            return apiError(422, 'record', '422 Unprocessable Entity: invalid ttl');
        if (!state.zones.some(z => z.id === body.zone_id))
            return apiError(404, 'record', 'zone not found');
        const stamp = context.now().toISOString();
        if (request.method === 'POST' && parts.length === 4) {
            const record = Object.assign({ id: `rec${state.next_id++}`, created: stamp, modified: stamp }, body);
            state.records.push(record);
            return { status: 200, body: { record } };
        }
        if (request.method === 'PUT' && parts.length === 5) {
            const record = state.records.find(r => r.id === parts[4]);
            if (!record)
                return apiError(404, 'record', 'record not found');
            for (const key of Object.keys(record))
                if (!['id', 'created'].includes(key))
                    delete record[key];
            Object.assign(record, body, { modified: stamp });
            return { status: 200, body: { record } };
        }
        context.violation(`${request.method} ${request.path}: Homing never deletes`);
        return { status: 404, body: { message: 'no Route matched with those values' } };
    },
});
