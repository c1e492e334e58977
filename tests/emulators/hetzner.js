'use strict';
// Hetzner Cloud API DNS (api.hetzner.cloud/v1): zones and RRSets, as its
// reference and hcloud-go describe them. Bearer project tokens (read-only
// tokens refuse writes with token_readonly), pages with meta.pagination,
// writes answered with actions, errors as {"error":{"code","message","details"}},
// and the project's hourly quota with RateLimit-* headers (429
// rate_limit_exceeded when it is used up).
//
// Options: { token, readonly_token, zones: [{id, name, ttl, mode}],
//            rrsets: [{zone, name, type, ttl, records: [{value, comment}], protected}],
//            quota: N (requests left before rate_limit_exceeded), reset_in: seconds,
//            action_outcome: what GET /zones/actions/{id} says of a write's action
//                            ("success" by default, "running" or "error") }

const { startEmulator } = require('./lib/emulator');

const MAX_PER_PAGE = 50;
const DEFAULT_PER_PAGE = 25;

function error(status, code, message, details) {
    return { status, body: { error: { code, message, details: details || {} } } };
}

function paginate(items, query) {
    const perPage = query.has('per_page') ? Number(query.get('per_page')) : DEFAULT_PER_PAGE;
    const page = query.has('page') ? Number(query.get('page')) : 1;
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE || !Number.isInteger(page) || page < 1)
        return { failure: error(400, 'invalid_input', 'invalid input in fields \'page\', \'per_page\'',
            { fields: [{ name: 'per_page', messages: ['must be between 1 and 50'] }] }) };
    const lastPage = Math.max(1, Math.ceil(items.length / perPage));
    return {
        items: items.slice((page - 1) * perPage, page * perPage),
        meta: { pagination: { page, per_page: perPage, previous_page: page > 1 ? page - 1 : null,
            next_page: page < lastPage ? page + 1 : null, last_page: lastPage, total_entries: items.length } },
    };
}

function zoneView(zone) {
    return { id: zone.id, name: zone.name, ttl: zone.ttl, mode: zone.mode || 'primary', status: 'ok',
        created: '2025-11-01T10:00:00Z', labels: {}, protection: { delete: false }, record_count: 0,
        primary_nameservers: [], registrar: 'other',
        authoritative_nameservers: { assigned: ['hydrogen.ns.hetzner.com.'], delegated: [], delegation_status: 'valid' } };
}

function rrsetView(rrset) {
    return { id: `${rrset.name}/${rrset.type}`, name: rrset.name, type: rrset.type,
        ttl: rrset.ttl === undefined ? null : rrset.ttl, labels: {}, protection: { change: !!rrset.protected },
        records: rrset.records.map(r => (r.comment ? { value: r.value, comment: r.comment } : { value: r.value })),
        zone: rrset.zone };
}

function validValue(type, value) {
    if (typeof value !== 'string')
        return false;
    if (type === 'A')
        return /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(value);
    if (type === 'AAAA')
        return value.includes(':') && /^[0-9a-f:.]+$/i.test(value);
    return true;
}

function checkRecords(type, records) {
    if (!Array.isArray(records))
        return 'records must be a list';
    for (const record of records) {
        if (!record || typeof record !== 'object' || !validValue(type, record.value))
            return `invalid ${type} value ${JSON.stringify(record && record.value)}`;
        if (record.comment !== undefined && typeof record.comment !== 'string')
            return 'comment must be a string';
    }
    return null;
}

startEmulator({
    name: 'hetzner',
    initialState: options => ({
        token: options.token,
        readonly_token: options.readonly_token || null,
        zones: options.zones || [{ id: 4711, name: 'example.com', ttl: 3600, mode: 'primary' }],
        rrsets: (options.rrsets || []).map(r => Object.assign({}, r)),
        quota: options.quota === undefined ? 3600 : options.quota,
        reset_in: options.reset_in || 3600,
        action_outcome: options.action_outcome || 'success',
        actions: {},
        next_action: 9000,
    }),
    handle(request, context) {
        const state = context.state;
        const now = Math.floor(context.now().getTime() / 1000);
        const headers = { 'RateLimit-Limit': '3600', 'RateLimit-Remaining': String(Math.max(0, state.quota - 1)),
            'RateLimit-Reset': String(now + state.reset_in) };
        const answer = result => Object.assign(result, { headers: Object.assign(headers, result.headers || {}) });

        const auth = request.headers.authorization || '';
        const readonly = state.readonly_token && auth === `Bearer ${state.readonly_token}`;
        if (auth !== `Bearer ${state.token}` && !readonly)
            return answer(error(401, 'unauthorized', 'unable to authenticate'));
        if (state.quota <= 0)
            return answer(error(429, 'rate_limit_exceeded', 'limit of 3600 requests per hour reached'));
        state.quota -= 1;

        const parts = request.path.split('/').map(decodeURIComponent); // '', v1, zones, id, rrsets, name, type, actions, action
        if (parts[1] !== 'v1' || parts[2] !== 'zones')
            return answer(error(404, 'not_found', 'not found'));
        if (request.method !== 'GET' && readonly)
            return answer(error(403, 'token_readonly', 'The token is only allowed to perform GET requests'));
        if (request.method !== 'GET' && !/^application\/json/.test(request.headers['content-type'] || ''))
            context.violation(`${request.method} ${request.path} without a JSON Content-Type`);

        if (parts.length === 3) {
            if (request.method !== 'GET')
                return answer(error(405, 'not_found', 'method not allowed'));
            let zones = state.zones;
            if (request.query.has('name'))
                zones = zones.filter(z => z.name === request.query.get('name'));
            const page = paginate(zones.map(zoneView), request.query);
            return answer(page.failure || { status: 200, body: { zones: page.items, meta: page.meta } });
        }
        // A write's action, asked after: it is answered 'running' at first.
        if (parts[3] === 'actions' && parts.length === 5 && request.method === 'GET') {
            const known = state.actions[parts[4]];
            if (!known)
                return answer(error(404, 'not_found', 'action not found'));
            const outcome = state.action_outcome;
            return answer({ status: 200, body: { action: Object.assign({}, known, { status: outcome,
                progress: outcome === 'running' ? 50 : 100,
                error: outcome === 'error' ? { code: 'action_failed', message: 'action failed' } : null }) } });
        }
        const zone = state.zones.find(z => String(z.id) === parts[3] || z.name === parts[3]);
        if (!zone)
            return answer(error(404, 'not_found', 'zone not found'));
        if (parts.length === 4)
            return answer({ status: 200, body: { zone: zoneView(zone) } });
        if (parts[4] !== 'rrsets')
            return answer(error(404, 'not_found', 'not found'));

        const body = request.text ? JSON.parse(request.text) : {};
        const action = command => {
            const made = { id: ++state.next_action, command, status: 'running', progress: 0,
                started: new Date(now * 1000).toISOString(), finished: null,
                resources: [{ id: zone.id, type: 'zone' }], error: null };
            state.actions[made.id] = made;
            return made;
        };

        if (parts.length === 5 && request.method === 'GET') {
            let rrsets = state.rrsets.filter(r => r.zone === zone.id);
            if (request.query.has('name'))
                rrsets = rrsets.filter(r => r.name === request.query.get('name'));
            const types = request.query.getAll('type');
            if (types.length)
                rrsets = rrsets.filter(r => types.includes(r.type));
            const page = paginate(rrsets.map(rrsetView), request.query);
            return answer(page.failure || { status: 200, body: { rrsets: page.items, meta: page.meta } });
        }
        if ((zone.mode || 'primary') !== 'primary' && request.method !== 'GET')
            return answer(error(422, 'incorrect_zone_mode', 'This operation is not supported for this Zone\'s mode.'));
        if (parts.length === 5 && request.method === 'POST') {
            const name = body.name;
            if (typeof name !== 'string' || name !== name.toLowerCase() || name.endsWith('.') || name.endsWith(zone.name) && name !== '@')
                return answer(error(400, 'invalid_input', 'invalid input in field \'name\'',
                    { fields: [{ name: 'name', messages: ['must be relative to the zone, lower case, without a final dot'] }] }));
            if (!['A', 'AAAA'].includes(body.type))
                context.violation(`create of type ${body.type}`);
            if (body.ttl !== undefined && (!Number.isInteger(body.ttl) || body.ttl < 60 || body.ttl > 2147483647))
                return answer(error(400, 'invalid_input', 'invalid input in field \'ttl\'',
                    { fields: [{ name: 'ttl', messages: ['must be in between 60 and 2147483647'] }] }));
            const problem = checkRecords(body.type, body.records);
            if (problem)
                return answer(error(400, 'invalid_input', problem));
            if (state.rrsets.some(r => r.zone === zone.id && r.name === name && r.type === body.type))
                return answer(error(409, 'uniqueness_error', 'rrset with the same name and type already exists'));
            const rrset = { zone: zone.id, name, type: body.type, ttl: body.ttl === undefined ? null : body.ttl,
                records: body.records.map(r => ({ value: r.value, comment: r.comment || '' })) };
            state.rrsets.push(rrset);
            return answer({ status: 201, body: { rrset: rrsetView(rrset), action: action('create_rrset') } });
        }
        const rrset = state.rrsets.find(r => r.zone === zone.id && r.name === parts[5] && r.type === parts[6]);
        if (!rrset)
            return answer(error(404, 'not_found', 'rrset not found'));
        if (parts.length === 7 && request.method === 'GET')
            return answer({ status: 200, body: { rrset: rrsetView(rrset) } });
        if (parts.length !== 9 || parts[7] !== 'actions' || request.method !== 'POST') {
            context.violation(`${request.method} ${request.path}: Homing only creates RRSets and uses their actions`);
            return answer(error(404, 'not_found', 'not found'));
        }
        if (rrset.protected)
            return answer(error(403, 'protected', 'RRSet is protected against changes'));
        switch (parts[8]) {
        case 'set_records': {
            const problem = checkRecords(rrset.type, body.records);
            if (problem)
                return answer(error(400, 'invalid_input', problem));
            rrset.records = body.records.map(r => ({ value: r.value, comment: r.comment || '' }));
            return answer({ status: 201, body: { action: action('set_rrset_records') } });
        }
        case 'change_ttl':
            if (body.ttl !== null && (!Number.isInteger(body.ttl) || body.ttl < 60 || body.ttl > 2147483647))
                return answer(error(400, 'invalid_input', 'invalid input in field \'ttl\'',
                    { fields: [{ name: 'ttl', messages: ['must be in between 60 and 2147483647'] }] }));
            rrset.ttl = body.ttl;
            return answer({ status: 201, body: { action: action('change_rrset_ttl') } });
        default:
            context.violation(`action ${parts[8]}: Homing never removes or adds single records`);
            return answer(error(404, 'not_found', 'not found'));
        }
    },
});
