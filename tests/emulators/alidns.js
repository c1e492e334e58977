'use strict';
// Alibaba Cloud DNS (Alidns, API 2015-01-09) as the end-to-end tests meet it:
// the RPC calls a DDNS client makes (DescribeDomains, DescribeSubDomainRecords,
// AddDomainRecord, UpdateDomainRecord), each request's ACS3-HMAC-SHA256
// signature recomputed with the official SDK's own signer
// (@alicloud/openapi-util getAuthorization), and refusals in the service's
// shape: HTTP 400/403/404 with {"RequestId","HostId","Code","Message","Recommend"}.
//
// Options (--options JSON), kept as the initial state:
//   keys: { "<AccessKeyId>": { secret, actions: [allowed actions] | null (all) } }
//   domains: [{ DomainName, PunyCode?, VersionCode?, min_ttl? (600),
//               records: [{ RR, Type, Value, Line?, TTL?, RecordId?, Locked?, Status?, Weight?, Remark? }] }]
//   max_page_size: the most a page holds, whatever PageSize asks (default 100)
//   throttle: { count, time_left_ms }: refuse the next `count` signed requests with Throttling.User
//   expect_signature_mismatch: a test that sends a wrong secret on purpose; otherwise a
//     signature that does not match is a violation (Homing's signer disagrees with the SDK's)
//
// Codes and messages are those of real replies quoted in issue trackers
// (providers.md §1.6). Where no real reply was found (a missing parameter, an
// unknown action) the emulator also records a violation: a correct client
// never causes them.

const crypto = require('crypto');
const OpenApiUtil = require('@alicloud/openapi-util').default;
const { startEmulator } = require('./lib/emulator');

const HOST_ID = 'alidns.aliyuncs.com';
const VERSION = '2015-01-09';
const SKEW_MS = 15 * 60 * 1000; // "within 15 minutes of the server's time"
const MAX_TTL = 86400;
const DOCUMENTED_MAX_PAGE_SIZE = 100;

const usedNonces = new Map(); // nonce -> time (ms) it was used

function requestId() {
    return crypto.randomUUID().toUpperCase();
}

function refusal(status, code, message, extra) {
    const id = requestId();
    const body = Object.assign({
        RequestId: id,
        HostId: HOST_ID,
        Code: code,
        Message: message,
        Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=Alidns&requestId=${id}`,
    }, extra || {});
    return { status, body, headers: { 'x-acs-request-id': id, 'x-acs-trace-id': crypto.randomBytes(16).toString('hex') } };
}

function success(object) {
    const id = requestId();
    return { status: 200, body: Object.assign({ RequestId: id }, object), headers: { 'x-acs-request-id': id } };
}

function initialState(options) {
    const state = {
        keys: options.keys || {},
        domains: [],
        max_page_size: options.max_page_size || DOCUMENTED_MAX_PAGE_SIZE,
        throttle: options.throttle || null,
        expect_signature_mismatch: !!options.expect_signature_mismatch,
    };
    let id = 9999900;
    for (const domain of options.domains || []) {
        state.domains.push({
            DomainName: domain.DomainName,
            PunyCode: domain.PunyCode || '',
            DomainId: domain.DomainId || crypto.randomUUID(),
            VersionCode: domain.VersionCode || 'mianfei',
            min_ttl: domain.min_ttl || 600,
            records: (domain.records || []).map(record => Object.assign({
                RecordId: String(++id),
                Line: 'default',
                TTL: 600,
                Status: 'ENABLE',
                Locked: false,
                Weight: 1,
            }, record)),
        });
    }
    return state;
}

// ---------------------------------------------------------------------------
// Signature

const AUTHORIZATION = /^ACS3-HMAC-SHA256 Credential=([^,]*),SignedHeaders=([^,]*),Signature=([0-9a-f]*)$/;
const DATE = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z$/;

function parameters(request) {
    const query = {};
    for (const [name, value] of request.query)
        query[name] = value;
    return query;
}

// Null when the request is signed right; otherwise the refusal.
function verify(request, context) {
    const state = context.state;
    const headers = request.headers;
    const authorization = headers.authorization || '';
    const match = AUTHORIZATION.exec(authorization);
    for (const name of ['x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256']) {
        if (!headers[name]) {
            context.violation(`${headers['x-acs-action'] || '?'}: no ${name} header`);
            return refusal(400, 'MissingParameter', `The input parameter "${name}" that is mandatory for processing this request is not supplied.`);
        }
    }
    if (!match) {
        context.violation(`unexpected Authorization header ${JSON.stringify(authorization.replace(/Signature=.*/, 'Signature=…'))}`);
        return refusal(400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.');
    }
    const keyId = match[1];
    const key = state.keys[keyId];
    if (!key)
        return refusal(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');

    const date = DATE.exec(headers['x-acs-date']);
    if (!date) {
        context.violation(`x-acs-date ${headers['x-acs-date']} is not yyyy-MM-ddTHH:mm:ssZ`);
        return refusal(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
    }
    const sent = Date.UTC(+date[1], +date[2] - 1, +date[3], +date[4], +date[5], +date[6]);
    const now = context.now().getTime();
    if (Math.abs(now - sent) > SKEW_MS)
        return refusal(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');

    const nonce = headers['x-acs-signature-nonce'];
    for (const [used, at] of usedNonces) {
        if (now - at > 2 * SKEW_MS)
            usedNonces.delete(used);
    }
    if (usedNonces.has(nonce)) {
        context.violation(`the nonce ${nonce} was sent twice`);
        return refusal(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
    }
    usedNonces.set(nonce, now);

    // The payload hash is the body's own: a header that lies does not verify.
    const payload = crypto.createHash('sha256').update(request.body).digest('hex');
    const expected = OpenApiUtil.getAuthorization({
        method: request.method,
        pathname: request.path,
        query: parameters(request),
        headers,
    }, 'ACS3-HMAC-SHA256', payload, keyId, key.secret);
    if (expected !== authorization) {
        if (!state.expect_signature_mismatch)
            context.violation(`signature mismatch for ${headers['x-acs-action']}: sent ${authorization}, the SDK computes ${expected}`);
        return refusal(400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
    }
    return { keyId, key };
}

// ---------------------------------------------------------------------------
// The DNS

function asciiName(domain) {
    return (domain.PunyCode || domain.DomainName).toLowerCase();
}

function findDomain(state, name) {
    const wanted = String(name || '').toLowerCase().replace(/\.$/, '');
    return state.domains.find(d => d.DomainName.toLowerCase() === wanted || asciiName(d) === wanted);
}

function page(items, query, state, context, action) {
    const number = query.PageNumber === undefined ? 1 : Number(query.PageNumber);
    const asked = query.PageSize === undefined ? 20 : Number(query.PageSize);
    if (!Number.isInteger(number) || number < 1 || !Number.isInteger(asked) || asked < 1) {
        context.violation(`${action}: PageNumber ${query.PageNumber}, PageSize ${query.PageSize}`);
        return null;
    }
    if (asked > DOCUMENTED_MAX_PAGE_SIZE)
        context.violation(`${action}: PageSize ${asked} is more than the documented maximum ${DOCUMENTED_MAX_PAGE_SIZE}`);
    const size = Math.min(asked, state.max_page_size);
    return {
        TotalCount: items.length,
        PageNumber: number,
        PageSize: size,
        items: items.slice((number - 1) * size, number * size),
    };
}

function recordView(domain, record) {
    return {
        DomainName: domain.DomainName,
        RecordId: record.RecordId,
        RR: record.RR,
        Type: record.Type,
        Value: record.Value,
        Line: record.Line,
        TTL: record.TTL,
        Status: record.Status,
        Locked: record.Locked,
        Weight: record.Weight,
        ...(record.Remark === undefined ? {} : { Remark: record.Remark }),
    };
}

function missing(context, action, query, names) {
    for (const name of names) {
        if (query[name] === undefined || query[name] === '') {
            context.violation(`${action} without ${name}`);
            return refusal(400, 'MissingParameter', `The input parameter "${name}" that is mandatory for processing this request is not supplied.`);
        }
    }
    return null;
}

function validValue(type, value) {
    const net = require('net');
    if (type === 'A')
        return net.isIPv4(value);
    if (type === 'AAAA')
        return net.isIPv6(value);
    return value.length > 0;
}

function checkTtl(domain, text) {
    const ttl = Number(text);
    const minimum = domain.min_ttl;
    if (!/^\d+$/.test(String(text)) || ttl < minimum || ttl > MAX_TTL)
        return refusal(400, 'QuotaExceeded.TTL', `The specified TTL is invalid. A valid TTL must be in the range of ${minimum} to ${MAX_TTL}.`);
    return null;
}

const actions = {
    DescribeDomains(query, state, context) {
        let domains = state.domains;
        if (query.KeyWord) {
            const word = query.KeyWord.toLowerCase();
            domains = domains.filter(d => (query.SearchMode === 'EXACT'
                ? d.DomainName.toLowerCase() === word
                : d.DomainName.toLowerCase().includes(word)));
        }
        const result = page(domains, query, state, context, 'DescribeDomains');
        if (!result)
            return refusal(400, 'InvalidParameter', 'The specified parameter is not valid.');
        return success({
            TotalCount: result.TotalCount,
            PageNumber: result.PageNumber,
            PageSize: result.PageSize,
            Domains: { Domain: result.items.map(d => ({
                DomainId: d.DomainId,
                DomainName: d.DomainName,
                PunyCode: d.PunyCode,
                AliDomain: false,
                RecordCount: d.records.length,
                VersionCode: d.VersionCode,
                VersionName: d.VersionCode === 'mianfei' ? 'Alibaba Cloud DNS' : 'Enterprise',
                CreateTime: '2024-01-30T05:25Z',
            })) },
        });
    },

    DescribeSubDomainRecords(query, state, context) {
        const absent = missing(context, 'DescribeSubDomainRecords', query, ['SubDomain']);
        if (absent)
            return absent;
        const subDomain = query.SubDomain.toLowerCase().replace(/\.$/, '');
        let domain;
        if (query.DomainName) {
            domain = findDomain(state, query.DomainName);
        } else {
            // Without DomainName the service splits the name itself, at the
            // registrable domain: a delegated sub-zone is not found this way.
            const labels = subDomain.split('.');
            const take = /^(com|net|org|gov|edu)\.cn$/.test(labels.slice(-2).join('.')) ? 3 : 2;
            domain = findDomain(state, labels.slice(-take).join('.'));
        }
        if (!domain)
            return refusal(400, 'InvalidDomainName.NoExist', 'The specified domain name does not exist. Refresh the page and try again.');
        const zones = [domain.DomainName.toLowerCase(), asciiName(domain)];
        let rr = null;
        for (const zone of zones) {
            if (subDomain === zone || subDomain === '@.' + zone)
                rr = '@';
            else if (subDomain.endsWith('.' + zone))
                rr = subDomain.slice(0, -zone.length - 1);
        }
        if (rr === null)
            return refusal(400, 'InvalidDomainName.Format', 'Invalid domain name.');
        const records = domain.records.filter(r => r.RR.toLowerCase() === rr
            && (!query.Type || r.Type.toUpperCase() === query.Type.toUpperCase())
            && (!query.Line || r.Line === query.Line));
        const result = page(records, query, state, context, 'DescribeSubDomainRecords');
        if (!result)
            return refusal(400, 'InvalidParameter', 'The specified parameter is not valid.');
        return success({
            TotalCount: result.TotalCount,
            PageNumber: result.PageNumber,
            PageSize: result.PageSize,
            DomainRecords: { Record: result.items.map(r => recordView(domain, r)) },
        });
    },

    AddDomainRecord(query, state, context) {
        const absent = missing(context, 'AddDomainRecord', query, ['DomainName', 'RR', 'Type', 'Value']);
        if (absent)
            return absent;
        const domain = findDomain(state, query.DomainName);
        if (!domain)
            return refusal(400, 'InvalidDomainName.NoExist', 'The specified domain name does not exist. Refresh the page and try again.');
        const type = query.Type.toUpperCase();
        const line = query.Line === undefined ? 'default' : query.Line;
        const ttl = query.TTL === undefined ? '600' : query.TTL;
        if (!validValue(type, query.Value)) {
            context.violation(`AddDomainRecord: ${query.Value} is not a ${type} value`);
            return refusal(400, 'InvalidParameter', 'The specified parameter is not valid.');
        }
        const ttlRefusal = checkTtl(domain, ttl);
        if (ttlRefusal)
            return ttlRefusal;
        const rr = query.RR.toLowerCase();
        const same = domain.records.filter(r => r.RR.toLowerCase() === rr && r.Line === line);
        if (same.some(r => r.Type === type && r.Value === query.Value))
            return refusal(400, 'DomainRecordDuplicate', 'The DNS record already exists.');
        if (same.some(r => (r.Type === 'CNAME') !== (type === 'CNAME')))
            return refusal(400, 'DomainRecordConflict', 'The DNS record is conflicted with other records.');
        const record = {
            RecordId: context.id(),
            RR: query.RR,
            Type: type,
            Value: query.Value,
            Line: line,
            TTL: Number(ttl),
            Status: 'ENABLE',
            Locked: false,
            Weight: 1,
        };
        domain.records.push(record);
        return success({ RecordId: record.RecordId });
    },

    UpdateDomainRecord(query, state, context) {
        const absent = missing(context, 'UpdateDomainRecord', query, ['RecordId', 'RR', 'Type', 'Value']);
        if (absent)
            return absent;
        let domain = null;
        let record = null;
        for (const candidate of state.domains) {
            const found = candidate.records.find(r => r.RecordId === query.RecordId);
            if (found) {
                domain = candidate;
                record = found;
            }
        }
        if (!record)
            return refusal(400, 'DomainRecordNotBelongToUser', 'The DNS record does not belong to you.');
        if (record.Locked)
            return refusal(400, 'DomainRecordLocked', 'The DNS record is locked.');
        const type = query.Type.toUpperCase();
        // The documented defaults: a client that leaves Line or TTL out moves
        // the record to the default line, or back to 600 seconds.
        const line = query.Line === undefined ? 'default' : query.Line;
        const ttl = query.TTL === undefined ? '600' : query.TTL;
        if (!validValue(type, query.Value)) {
            context.violation(`UpdateDomainRecord: ${query.Value} is not a ${type} value`);
            return refusal(400, 'InvalidParameter', 'The specified parameter is not valid.');
        }
        const ttlRefusal = checkTtl(domain, ttl);
        if (ttlRefusal)
            return ttlRefusal;
        const rr = query.RR.toLowerCase();
        const unchanged = record.RR.toLowerCase() === rr && record.Type === type && record.Value === query.Value
            && record.Line === line && record.TTL === Number(ttl);
        const duplicate = domain.records.some(r => r !== record && r.RR.toLowerCase() === rr && r.Type === type
            && r.Value === query.Value && r.Line === line);
        if (unchanged || duplicate)
            return refusal(400, 'DomainRecordDuplicate', 'The DNS record already exists.');
        Object.assign(record, { RR: query.RR, Type: type, Value: query.Value, Line: line, TTL: Number(ttl) });
        return success({ RecordId: record.RecordId });
    },
};

startEmulator({
    name: 'alidns',
    initialState,
    handle(request, context) {
        if (request.method !== 'POST' && request.method !== 'GET')
            context.violation(`${request.method} ${request.url}: the SDK sends POST`);
        if (request.path !== '/') {
            context.violation(`${request.method} ${request.url}: RPC calls go to /`);
            return refusal(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
        }
        if (request.body.length)
            context.violation(`${request.headers['x-acs-action']}: a body (${request.body.length} bytes); the parameters belong in the query`);
        const verified = verify(request, context);
        if (verified.status)
            return verified;
        const state = context.state;
        if (request.headers['x-acs-version'] !== VERSION) {
            context.violation(`x-acs-version ${request.headers['x-acs-version']}`);
            return refusal(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
        }
        const action = request.headers['x-acs-action'];
        const handler = Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : null;
        if (!handler) {
            context.violation(`unexpected action ${action}`);
            return refusal(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
        }
        if (verified.key.actions && !verified.key.actions.includes(action)) {
            return refusal(400, 'Forbidden.RAM', "User not authorized to operate on the specified resource, or this API doesn't support RAM.", {
                AccessDeniedDetail: {
                    AuthAction: `alidns:${action}`,
                    AuthPrincipalType: 'SubUser',
                    NoPermissionType: 'ImplicitDeny',
                },
            });
        }
        if (state.throttle && state.throttle.count > 0) {
            state.throttle.count -= 1;
            const answer = refusal(400, 'Throttling.User', 'Request was denied due to user flow control.');
            answer.headers['X-RateLimit-User-API'] = `Limit:60,Remain:0,TimeLeft:${state.throttle.time_left_ms},Reset:${Date.now() + state.throttle.time_left_ms}`;
            return answer;
        }
        return handler(parameters(request), state, context);
    },
});
