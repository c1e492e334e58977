'use strict';
// Volcengine DNS (OpenAPI 2018-08-01, service DNS, region cn-north-1) as the
// end-to-end tests need it: zones and records kept in the state, ListZones
// and ListRecords paged and filtered as documented (GET, query parameters),
// CreateRecord and UpdateRecord (POST, JSON body; fields an update leaves out
// stay as they are), records on ISP lines, and the errors of Volcengine's
// gateway and of the DNS service in their ResponseMetadata envelope.
//
// Every request's signature is recomputed with @volcengine/openapi's own
// signer (lib/base/sign.js) over the headers its Authorization names in
// SignedHeaders, as the gateway does (the SDK itself signs only X-Date and
// X-Content-Sha256; the documentation's examples also sign host and
// content-type). A mismatch is SignatureDoesNotMatch (401), an unknown key
// InvalidAccessKey (401), and an X-Date further than 15 minutes from
// context.now() InvalidTimestamp (400), before anything else is looked at.
//
// Options: { accessKeyId, secretAccessKey, zones: [{ ZID, ZoneName, TradeCode,
// records: [{ Host, Type, Value, TTL, Line, Weight, Remark, Enable }] }],
// maxPageSize (pages smaller than asked for, to exercise paging),
// allowedActions (the IAM policy of the key's user: the actions it may call;
// others are AccessDenied, 403) }.
// TradeCode "free_inner" (the default) refuses a TTL under 600 with
// ErrSpecNotValid; other editions take 1 and up.

const crypto = require('crypto');
const Signer = require('@volcengine/openapi/lib/base/sign').default;
const { startEmulator } = require('./lib/emulator');

const VERSION = '2018-08-01';
const SERVICE = 'DNS';
const REGION = 'cn-north-1';
const MAX_SKEW_MS = 15 * 60 * 1000;
const LINES = ['default', 'telecom', 'unicom', 'mobile', 'edu', 'oversea'];
const TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'SRV', 'CAA'];

// The SDK's signer, made to sign exactly the headers the request says it signed.
class GatewaySigner extends Signer {
    constructor(request, service, signedNames) {
        super(request, service);
        this.signedNames = signedNames;
    }

    isSignableHeader(key) {
        return this.signedNames.includes(key);
    }
}

function sha256Hex(data) {
    return crypto.createHash('sha256').update(data).digest('hex');
}

function metadata(action, error) {
    const meta = {
        RequestId: crypto.randomBytes(12).toString('hex').toUpperCase(),
        Action: action || '',
        Version: VERSION,
        Service: SERVICE,
        Region: REGION,
    };
    if (error)
        meta.Error = error;
    return meta;
}

function failure(context, status, action, code, codeN, message) {
    return context.reply(status, { ResponseMetadata: metadata(action, { CodeN: codeN, Code: code, Message: message }) });
}

function success(context, action, result) {
    return context.reply(200, { ResponseMetadata: metadata(action), Result: result });
}

function initialState(options) {
    let nextRecord = 3170534137672596000n;
    const zones = (options.zones || []).map((zone, index) => ({
        ZID: zone.ZID || 1000 + index,
        ZoneName: zone.ZoneName,
        TradeCode: zone.TradeCode || 'free_inner',
        records: (zone.records || []).map(record => Object.assign({
            RecordID: String(nextRecord++),
            Line: 'default',
            TTL: 600,
            Weight: 1,
            Remark: '',
            Enable: true,
        }, record)),
    }));
    return {
        credentials: { [options.accessKeyId || 'AKLTHOMINGTEST']: options.secretAccessKey || 'not-set' },
        zones,
        maxPageSize: options.maxPageSize || 0,
        allowedActions: options.allowedActions || null,
        nextRecord: String(nextRecord),
    };
}

// --- the gateway -------------------------------------------------------------

const AUTHORIZATION = /^HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

function parseXDate(text) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text || '');
    if (!m)
        return null;
    return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

// null when the signature holds, else the gateway's answer.
function authenticate(request, context, action) {
    const authorization = request.headers.authorization;
    if (!authorization)
        return failure(context, 401, action, 'MissingAuthenticationToken', 100003, 'Request is missing Authentication Token.');
    const parts = AUTHORIZATION.exec(authorization);
    if (!parts) {
        context.violation(`a malformed Authorization header: ${authorization}`);
        return failure(context, 400, action, 'InvalidAuthorization', 100011, 'The authorization header is invalid.');
    }
    const [, accessKeyId, scopeDate, region, service, signedHeaders, signature] = parts;
    const secretKey = context.state.credentials[accessKeyId];
    if (secretKey === undefined)
        return failure(context, 401, action, 'InvalidAccessKey', 100009,
            `The accesskey [${accessKeyId}] included in the request is invalid.`);
    if (service.toLowerCase() !== SERVICE.toLowerCase())
        return failure(context, 404, action, 'ServiceNotFound', 100007, `This service[${service}] not found.`);
    const names = signedHeaders.split(';');
    if (!names.includes('x-date'))
        context.violation('X-Date is not signed');
    const xDate = request.headers['x-date'];
    const signedAt = parseXDate(xDate);
    if (!signedAt || Math.abs(context.now().getTime() - signedAt.getTime()) > MAX_SKEW_MS)
        return failure(context, 400, action, 'InvalidTimestamp', 100006, 'The signature of the request is expired.');
    if (scopeDate !== xDate.slice(0, 8))
        context.violation(`the credential scope's date ${scopeDate} is not X-Date's ${xDate}`);

    // The body the gateway received is what X-Content-Sha256 must describe.
    const bodyHash = sha256Hex(request.body);
    const claimed = request.headers['x-content-sha256'];
    if (claimed !== undefined && claimed !== bodyHash)
        return failure(context, 401, action, 'SignatureDoesNotMatch', 100010, signatureMismatch);
    const headers = {};
    for (const name of names) {
        const value = request.headers[name];
        if (value === undefined) {
            context.violation(`SignedHeaders names ${name}, which was not sent`);
            return failure(context, 401, action, 'SignatureDoesNotMatch', 100010, signatureMismatch);
        }
        headers[name === 'x-content-sha256' ? 'X-Content-Sha256' : name] = value;
    }
    if (!headers['X-Content-Sha256'])
        headers['X-Content-Sha256'] = bodyHash; // the payload hash, not a signed header
    const params = {};
    for (const [key, value] of request.query) {
        if (params[key] === undefined)
            params[key] = value;
        else
            params[key] = [].concat(params[key], value);
    }
    const signer = new GatewaySigner({ method: request.method, pathname: request.path, params, headers, region },
        service, names);
    const expected = signer.signature({ accessKeyId, secretKey }, xDate).toString();
    if (expected !== signature)
        return failure(context, 401, action, 'SignatureDoesNotMatch', 100010, signatureMismatch);
    return null;
}

const signatureMismatch = 'The request signature we calculated does not match the signature you provided. Check your '
    + 'Secret Access Key and signing method. Consult the service documentation for details.';

// --- the DNS service -----------------------------------------------------------

function paramInvalid(context, action, what) {
    return failure(context, 400, action, 'ErrParamInvalid', 400102, `validation fail: ${what}`);
}

function pageOf(context, action, query, list) {
    const number = query.PageNumber === undefined ? 1 : Number(query.PageNumber);
    const size = query.PageSize === undefined ? 10 : Number(query.PageSize);
    if (!Number.isInteger(number) || number < 1 || !Number.isInteger(size) || size < 1)
        return { error: paramInvalid(context, action, 'PageNumber and PageSize must be positive integers') };
    if (size > 500)
        return { error: failure(context, 400, action, 'ErrPageSizeNotValid', 400132, 'page size must be less than 500 when search') };
    const served = context.state.maxPageSize ? Math.min(size, context.state.maxPageSize) : size;
    return { number, size: served, items: list.slice((number - 1) * served, number * served) };
}

function findZone(context, zid) {
    return context.state.zones.find(zone => String(zone.ZID) === String(zid));
}

function findRecord(context, recordId) {
    for (const zone of context.state.zones) {
        const record = zone.records.find(r => r.RecordID === String(recordId));
        if (record)
            return { zone, record };
    }
    return null;
}

function publicRecord(zone, record) {
    const name = record.Host === '@' ? zone.ZoneName : `${record.Host}.${zone.ZoneName}`;
    return Object.assign({}, record, { FQDN: name, PQDN: name, ZID: zone.ZID, RecordSetID: `${record.Host}|${record.Type}|${record.Line}` });
}

function isAddress(type, value) {
    const net = require('net');
    return type === 'A' ? net.isIPv4(value) : type === 'AAAA' ? net.isIPv6(value) : typeof value === 'string' && value !== '';
}

function ttlProblem(context, action, zone, ttl) {
    if (ttl === undefined)
        return null;
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86400)
        return paramInvalid(context, action, 'TTL must be an integer from 1 to 86400');
    if (zone.TradeCode === 'free_inner' && ttl < 600)
        return failure(context, 400, action, 'ErrSpecNotValid', 400135, 'record ttl not valid when creating record');
    return null;
}

function duplicate(zone, record, except) {
    return zone.records.some(r => r !== except && r.Host === record.Host && r.Type === record.Type
        && r.Line === record.Line && r.Value === record.Value);
}

function listZones(context, query) {
    let zones = context.state.zones;
    if (query.Key) {
        const key = String(query.Key).toLowerCase();
        zones = zones.filter(z => (query.SearchMode === 'exact' ? z.ZoneName === key : z.ZoneName.includes(key)));
    }
    const page = pageOf(context, 'ListZones', query, zones);
    if (page.error)
        return page.error;
    return success(context, 'ListZones', {
        Total: zones.length,
        Zones: page.items.map(z => ({ ZID: z.ZID, ZoneName: z.ZoneName, RecordCount: z.records.length,
            TradeCode: z.TradeCode, IsSubDomain: z.ZoneName.split('.').length > 2, Remark: '' })),
    });
}

function listRecords(context, query) {
    if (query.ZID === undefined)
        return failure(context, 400, 'ListRecords', 'MissingParameter', 100002, 'The request is missing ZID parameter.');
    const zone = findZone(context, query.ZID);
    if (!zone)
        return failure(context, 400, 'ListRecords', 'ErrZoneNotFound', 400105, 'zone not found');
    if (query.SearchMode !== 'exact')
        context.violation(`ListRecords without SearchMode=exact (${query.SearchMode}): Host matches fuzzily`);
    let records = zone.records;
    if (query.Host !== undefined) {
        const host = String(query.Host).toLowerCase();
        records = records.filter(r => (query.SearchMode === 'exact' ? r.Host.toLowerCase() === host
            : r.Host.toLowerCase().includes(host)));
    }
    for (const field of ['Type', 'Line', 'Value']) {
        if (query[field] !== undefined)
            records = records.filter(r => r[field] === query[field]);
    }
    const page = pageOf(context, 'ListRecords', query, records);
    if (page.error)
        return page.error;
    return success(context, 'ListRecords', {
        PageNumber: page.number,
        PageSize: page.size,
        TotalCount: records.length,
        Records: page.items.map(r => publicRecord(zone, r)),
    });
}

function createRecord(context, body) {
    const action = 'CreateRecord';
    for (const field of ['ZID', 'Host', 'Type', 'Value']) {
        if (body[field] === undefined || body[field] === '')
            return body[field] === '' && field === 'Host'
                ? failure(context, 400, action, 'ErrHostCanNotBeEmpty', 400130, "host can't be empty, use @ instead")
                : paramInvalid(context, action, `${field} is required`);
    }
    if (typeof body.ZID !== 'number')
        return failure(context, 400, action, 'ErrParsingParams', 400100, 'parsing params error');
    const zone = findZone(context, body.ZID);
    if (!zone)
        return failure(context, 400, action, 'ErrZoneNotFound', 400105, 'zone not found');
    const record = {
        RecordID: context.state.nextRecord,
        Host: String(body.Host),
        Type: body.Type,
        Value: body.Value,
        TTL: body.TTL === undefined ? 600 : body.TTL,
        Line: body.Line === undefined ? 'default' : body.Line,
        Weight: body.Weight === undefined ? 1 : body.Weight,
        Remark: body.Remark === undefined ? '' : body.Remark,
        Enable: true,
    };
    if (!TYPES.includes(record.Type) || !isAddress(record.Type, record.Value))
        return paramInvalid(context, action, `${record.Type} ${record.Value}`);
    if (!LINES.includes(record.Line))
        return paramInvalid(context, action, `line ${record.Line}`);
    const ttl = ttlProblem(context, action, zone, body.TTL);
    if (ttl)
        return ttl;
    if (duplicate(zone, record, null))
        return failure(context, 409, action, 'ErrDBDuplicated', 400103, `duplicated: ${record.Host} ${record.Type} ${record.Value}`);
    context.state.nextRecord = String(BigInt(context.state.nextRecord) + 1n);
    zone.records.push(record);
    return success(context, action, publicRecord(zone, record));
}

function updateRecord(context, body) {
    const action = 'UpdateRecord';
    for (const field of ['RecordID', 'Host', 'Line']) {
        if (body[field] === undefined || body[field] === '')
            return paramInvalid(context, action, `${field} is required`);
    }
    if (typeof body.RecordID !== 'string')
        return failure(context, 400, action, 'ErrParsingParams', 400100, 'parsing params error');
    const found = findRecord(context, body.RecordID);
    if (!found)
        return failure(context, 400, action, 'ErrDBNotFound', 400104, `record not found :${body.RecordID}`);
    const { zone, record } = found;
    // What the update leaves out stays as it is.
    const updated = Object.assign({}, record);
    for (const field of ['Host', 'Line', 'Type', 'Value', 'TTL', 'Weight', 'Remark']) {
        if (body[field] !== undefined)
            updated[field] = body[field];
    }
    if (!TYPES.includes(updated.Type) || !isAddress(updated.Type, updated.Value))
        return paramInvalid(context, action, `${updated.Type} ${updated.Value}`);
    if (!LINES.includes(updated.Line))
        return paramInvalid(context, action, `line ${updated.Line}`);
    const ttl = ttlProblem(context, action, zone, body.TTL);
    if (ttl)
        return ttl;
    if (duplicate(zone, updated, record))
        return failure(context, 409, action, 'ErrDBDuplicated', 400103, `duplicated: ${updated.Host} ${updated.Type} ${updated.Value}`);
    Object.assign(record, updated);
    return success(context, action, publicRecord(zone, record));
}

const ACTIONS = {
    ListZones: { method: 'GET', run: (context, query) => listZones(context, query) },
    ListRecords: { method: 'GET', run: (context, query) => listRecords(context, query) },
    CreateRecord: { method: 'POST', run: (context, query, body) => createRecord(context, body) },
    UpdateRecord: { method: 'POST', run: (context, query, body) => updateRecord(context, body) },
};

function handle(request, context) {
    const action = request.query.get('Action');
    const version = request.query.get('Version');
    const auth = authenticate(request, context, action);
    if (auth)
        return auth;
    if (!action || !version)
        return failure(context, 400, action, 'MissingParameter', 100002,
            `The request is missing ${action ? 'Version' : 'Action'} parameter.`);
    const known = ACTIONS[action];
    if (!known || version !== VERSION)
        return failure(context, 404, action, 'InvalidActionOrVersion', 100008,
            `Could not find operation ${action} for version ${version}.`);
    if (request.path !== '/')
        context.violation(`a request for ${request.path}`);
    const allowed = context.state.allowedActions;
    if (allowed && !allowed.includes(action))
        return failure(context, 403, action, 'AccessDenied', 100013,
            `User is not authorized to perform: dns:${action} on resource: trn:dns:::zone/*`);
    if (request.method !== known.method)
        context.violation(`${action} sent with ${request.method}, documented as ${known.method}`);
    const query = Object.fromEntries(request.query);
    let body = {};
    if (known.method === 'POST') {
        if (!/^application\/json/.test(request.headers['content-type'] || ''))
            context.violation(`${action} without a JSON Content-Type`);
        try {
            body = JSON.parse(request.text);
        } catch (error) {
            return failure(context, 400, action, 'ErrParsingParams', 400100, 'parsing params error');
        }
    } else if (request.body.length) {
        context.violation(`${action} with a body`);
    }
    return known.run(context, query, body);
}

startEmulator({ name: 'volcengine', initialState, handle });
