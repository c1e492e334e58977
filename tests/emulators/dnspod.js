'use strict';
// Tencent Cloud DNSPod, API 3.0 (2021-03-23), as Homing uses it: POST JSON to
// /, signed with TC3-HMAC-SHA256. Every request's signature is recomputed with
// the official SDK's signer (tencentcloud-sdk-nodejs-common, Sign.sign3) and a
// mismatch is refused as the service refuses it: HTTP 200 with
// {"Response":{"Error":{"Code","Message"},"RequestId"}}.
//
// options: {
//   secret_id, secret_key,        the one API key the account has
//   allowed_actions: [...],       the CAM policy (default: the four actions)
//   domains: [{ id, name, punycode, grade, grade_title, min_ttl }],
//   records: [{ domain, name, type, value, line, ttl, weight, status, remark }],
//   domain_page_cap, record_page_cap   serve at most this many per page
// }
// State: { domains: [...], records: [...], next_id }. Records keep DNSPod's
// fields (RecordId, DomainId, Name, Type, Value, Line, LineId, TTL, Weight,
// Status, Remark, MX, UpdatedOn).

const crypto = require('crypto');
const net = require('net');
const { startEmulator } = require('./lib/emulator');
const url = require('url');
const Sign = require('tencentcloud-sdk-nodejs-common/tencentcloud/common/sign').default;

// The service signs the Host header as it arrives (host:port when a client
// talks to another port); the SDK, which always talks to 443, signs its URL's
// hostname. The SDK's signer judges, handed a URL whose hostname is the Host
// header as received, so that a client signing one host and sending another
// (host vs host:port) is refused as the service refuses it.
function signAsReceived(parameters, hostHeader) {
    const Original = url.URL;
    url.URL = class extends Original {
        get hostname() { return hostHeader; }
    };
    try {
        return Sign.sign3(parameters);
    } finally {
        url.URL = Original;
    }
}

const VERSION = '2021-03-23';
const SERVICE = 'dnspod';
const CONTENT_TYPE = 'application/json; charset=utf-8';
const DEFAULT_ACTIONS = ['DescribeDomainList', 'DescribeRecordList', 'CreateRecord', 'ModifyRecord'];

// The ISP lines (解析线路) and their ids, as DescribeRecordLineList names them.
const LINES = {
    '默认': '0',
    '电信': '10=0',
    '联通': '10=1',
    '教育网': '10=2',
    '移动': '10=3',
    '境外': '3=0',
    '搜索引擎': '80=0',
};

// Every parameter each action documents (a parameter it does not know is an
// UnknownParameter error, as in every API 3.0 service).
const PARAMETERS = {
    DescribeDomainList: ['Type', 'Offset', 'Limit', 'GroupId', 'Keyword', 'Tags'],
    DescribeRecordList: ['Domain', 'DomainId', 'Subdomain', 'SubDomain', 'RecordType', 'RecordLine', 'RecordLineId',
        'GroupId', 'Keyword', 'SortField', 'SortType', 'Offset', 'Limit', 'ErrorOnEmpty'],
    CreateRecord: ['Domain', 'RecordType', 'RecordLine', 'Value', 'DomainId', 'SubDomain', 'RecordLineId', 'MX', 'TTL',
        'Weight', 'Status', 'Remark', 'DnssecConflictMode', 'GroupId'],
    ModifyRecord: ['Domain', 'RecordType', 'RecordLine', 'Value', 'RecordId', 'DomainId', 'SubDomain', 'RecordLineId',
        'MX', 'TTL', 'Weight', 'Status', 'Remark', 'DnssecConflictMode'],
};

const MESSAGES = {
    'AuthFailure.InvalidAuthorization': 'Authorization in the request header is invalid.',
    'AuthFailure.SecretIdNotFound': 'The SecretId is not found, please ensure that your SecretId is correct.',
    'AuthFailure.SignatureExpire': 'Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time.',
    'AuthFailure.SignatureFailure': 'The provided credentials could not be validated. Please check your signature is correct.',
    'AuthFailure.UnauthorizedOperation': 'The request is not authorized. Please check the CAM documentation on authentication.',
    'InvalidParameter.DomainRecordExist': '记录已经存在，无需再次添加。',
    'InvalidParameter.RecordIdInvalid': '记录编号错误。',
    'InvalidParameter.RecordLineInvalid': '记录线路不正确。',
    'InvalidParameter.RecordTypeInvalid': '记录类型不正确。',
    'InvalidParameter.RecordValueInvalid': '记录的值不正确。',
    'InvalidParameter.SubdomainInvalid': '子域名不正确。',
    'InvalidParameterValue.DomainNotExists': '当前域名有误，请返回重新操作。',
    'InvalidParameterValue.LimitInvalid': '分页长度数量错误。',
    'LimitExceeded.RecordTtlLimit': '记录的TTL值超出了限制。',
    'FailedOperation.MustAddDefaultLineFirst': '请先添加默认线路的解析记录',
    'ResourceNotFound.NoDataOfDomain': '域名列表为空。',
    'ResourceNotFound.NoDataOfRecord': '记录列表为空。',
};

function errorReply(context, code, message) {
    return context.reply(200, {
        Response: { Error: { Code: code, Message: message || MESSAGES[code] || code }, RequestId: crypto.randomUUID() },
    });
}

function okReply(context, response) {
    return context.reply(200, { Response: Object.assign({}, response, { RequestId: crypto.randomUUID() }) });
}

function initialState(options) {
    const state = { domains: [], records: [], next_id: 560000000 };
    for (const [index, domain] of (options.domains || [{ name: 'example.com' }]).entries()) {
        state.domains.push({
            DomainId: domain.id || 1000 + index,
            Name: domain.name,
            Punycode: domain.punycode || domain.name,
            Status: 'ENABLE',
            Grade: domain.grade || 'DP_FREE',
            GradeTitle: domain.grade_title || '免费版',
            TTL: 600,
            MinTTL: domain.min_ttl || 600,
        });
    }
    for (const record of options.records || [])
        addRecord(state, record);
    return state;
}

function addRecord(state, record) {
    const domain = state.domains.find(d => d.Name === (record.domain || state.domains[0].Name));
    const line = record.line || '默认';
    const stored = {
        RecordId: record.id || ++state.next_id,
        DomainId: domain.DomainId,
        Name: record.name,
        Type: record.type || 'A',
        Value: record.value,
        Line: line,
        LineId: LINES[line] || '0',
        TTL: record.ttl || 600,
        Weight: record.weight === undefined ? null : record.weight,
        Status: record.status || 'ENABLE',
        Remark: record.remark || '',
        MX: 0,
        MonitorStatus: '',
        DefaultNS: false,
        UpdatedOn: '2024-01-01 00:00:00',
    };
    state.records.push(stored);
    return stored;
}

function parseAuthorization(header) {
    const match = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/
        .exec(header || '');
    if (!match)
        return null;
    return { secretId: match[1], date: match[2], service: match[3], signedHeaders: match[4], signature: match[5] };
}

// The signature checks, in the order the service makes them.
function authenticate(request, context, action) {
    const options = context.options;
    const authorization = parseAuthorization(request.headers.authorization);
    if (!authorization)
        return errorReply(context, 'AuthFailure.InvalidAuthorization');
    const timestamp = Number(request.headers['x-tc-timestamp']);
    if (!Number.isInteger(timestamp))
        return errorReply(context, 'MissingParameter', 'The request is missing a required parameter `Timestamp`.');
    if (Math.abs(context.now().getTime() / 1000 - timestamp) > 300)
        return errorReply(context, 'AuthFailure.SignatureExpire');
    if (authorization.secretId !== options.secret_id)
        return errorReply(context, 'AuthFailure.SecretIdNotFound');
    if (authorization.signedHeaders !== 'content-type;host') {
        // The service takes any set that includes content-type and host; the
        // SDK's signer (the judge here) signs exactly these two, as Homing does.
        context.violation(`signed headers ${authorization.signedHeaders}, not content-type;host as the SDK signs`);
        return errorReply(context, 'AuthFailure.SignatureFailure');
    }
    const expected = signAsReceived({
        method: 'POST',
        url: 'https://dnspod.tencentcloudapi.com/',
        payload: request.body,
        timestamp,
        service: SERVICE,
        secretId: options.secret_id,
        secretKey: options.secret_key,
        headers: { 'Content-Type': request.headers['content-type'] },
    }, request.headers.host || '');
    if (expected !== request.headers.authorization)
        return errorReply(context, 'AuthFailure.SignatureFailure');
    if (!(options.allowed_actions || DEFAULT_ACTIONS).includes(action))
        return errorReply(context, 'AuthFailure.UnauthorizedOperation');
    return null;
}

function findDomain(state, body) {
    if (body.DomainId !== undefined)
        return state.domains.find(d => d.DomainId === body.DomainId);
    return state.domains.find(d => d.Name === body.Domain || d.Punycode === body.Domain);
}

function validIp(type, value) {
    return type === 'A' ? net.isIPv4(value) : type === 'AAAA' ? net.isIPv6(value) : typeof value === 'string';
}

function describeDomainList(context, body) {
    const state = context.state;
    const offset = body.Offset === undefined ? 0 : body.Offset;
    const limit = body.Limit === undefined ? 3000 : body.Limit;
    if (!Number.isInteger(offset) || offset < 0)
        return errorReply(context, 'InvalidParameter.OffsetInvalid', '分页起始数量错误。');
    if (!Number.isInteger(limit) || limit < 1 || limit > 3000)
        return errorReply(context, 'InvalidParameterValue.LimitInvalid');
    if (!state.domains.length)
        return errorReply(context, 'ResourceNotFound.NoDataOfDomain');
    const size = context.options.domain_page_cap ? Math.min(limit, context.options.domain_page_cap) : limit;
    const list = state.domains.slice(offset, offset + size).map(d => ({
        DomainId: d.DomainId, Name: d.Name, Punycode: d.Punycode, Status: d.Status, Grade: d.Grade,
        GradeTitle: d.GradeTitle, TTL: d.TTL, RecordCount: state.records.filter(r => r.DomainId === d.DomainId).length,
        DNSStatus: '', EffectiveDNS: ['f1g1ns1.dnspod.net', 'f1g1ns2.dnspod.net'],
    }));
    return okReply(context, {
        DomainCountInfo: { DomainTotal: state.domains.length, AllTotal: state.domains.length, MineTotal: state.domains.length },
        DomainList: list,
    });
}

function publicRecord(record) {
    const copy = Object.assign({}, record);
    delete copy.DomainId;
    return copy;
}

function describeRecordList(context, body) {
    const state = context.state;
    if (typeof body.Domain !== 'string')
        return errorReply(context, 'MissingParameter', 'The request is missing a required parameter `Domain`.');
    const domain = findDomain(state, body);
    if (!domain)
        return errorReply(context, 'InvalidParameterValue.DomainNotExists');
    if (body.RecordLine !== undefined && !(body.RecordLine in LINES))
        return errorReply(context, 'InvalidParameter.RecordLineInvalid');
    const subdomain = body.SubDomain !== undefined ? body.SubDomain : body.Subdomain;
    const matching = state.records.filter(r => r.DomainId === domain.DomainId
        && (subdomain === undefined || r.Name === String(subdomain).toLowerCase())
        && (body.RecordType === undefined || r.Type === body.RecordType)
        && (body.RecordLineId !== undefined ? r.LineId === body.RecordLineId
            : body.RecordLine === undefined || r.Line === body.RecordLine));
    const offset = body.Offset === undefined ? 0 : body.Offset;
    const limit = body.Limit === undefined ? 100 : body.Limit;
    if (!Number.isInteger(limit) || limit < 1 || limit > 3000)
        return errorReply(context, 'InvalidParameterValue.LimitInvalid');
    if (!matching.length && body.ErrorOnEmpty !== 'no')
        return errorReply(context, 'ResourceNotFound.NoDataOfRecord');
    const size = context.options.record_page_cap ? Math.min(limit, context.options.record_page_cap) : limit;
    const list = matching.slice(offset, offset + size).map(publicRecord);
    return okReply(context, {
        RecordCountInfo: {
            SubdomainCount: new Set(matching.map(r => r.Name)).size, ListCount: list.length, TotalCount: matching.length,
        },
        RecordList: list,
    });
}

// What CreateRecord and ModifyRecord check alike.
function checkWrite(context, body, domain) {
    for (const name of ['Domain', 'RecordType', 'Value'])
        if (typeof body[name] !== 'string')
            return errorReply(context, 'MissingParameter', `The request is missing a required parameter \`${name}\`.`);
    if (body.RecordLine === undefined && body.RecordLineId === undefined)
        return errorReply(context, 'MissingParameter', 'The request is missing a required parameter `RecordLine`.');
    if (!domain)
        return errorReply(context, 'InvalidParameterValue.DomainNotExists');
    if (!['A', 'AAAA', 'CNAME', 'TXT', 'MX', 'NS', 'CAA', 'SRV'].includes(body.RecordType))
        return errorReply(context, 'InvalidParameter.RecordTypeInvalid');
    if (!validIp(body.RecordType, body.Value))
        return errorReply(context, 'InvalidParameter.RecordValueInvalid');
    if (body.RecordLineId !== undefined ? !Object.values(LINES).includes(body.RecordLineId) : !(body.RecordLine in LINES))
        return errorReply(context, 'InvalidParameter.RecordLineInvalid');
    if (body.TTL !== undefined && (!Number.isInteger(body.TTL) || body.TTL < 1 || body.TTL > 604800 || body.TTL < domain.MinTTL))
        return errorReply(context, 'LimitExceeded.RecordTtlLimit');
    if (body.Status !== undefined && !['ENABLE', 'DISABLE'].includes(body.Status))
        return errorReply(context, 'InvalidParameter', 'Status must be ENABLE or DISABLE.');
    if (body.Weight !== undefined && (!Number.isInteger(body.Weight) || body.Weight < 0 || body.Weight > 100))
        return errorReply(context, 'InvalidParameter.InvalidWeight', '权重不合法。请输入0~100的整数。');
    return null;
}

function lineOf(body) {
    if (body.RecordLineId !== undefined)
        return Object.keys(LINES).find(name => LINES[name] === body.RecordLineId);
    return body.RecordLine;
}

function sameRecord(a, b) {
    return a.DomainId === b.DomainId && a.Name === b.Name && a.Type === b.Type && a.Line === b.Line && a.Value === b.Value;
}

function createRecord(context, body) {
    const state = context.state;
    const domain = findDomain(state, body);
    const refusal = checkWrite(context, body, domain);
    if (refusal)
        return refusal;
    const line = lineOf(body);
    const record = {
        RecordId: ++state.next_id,
        DomainId: domain.DomainId,
        Name: body.SubDomain === undefined ? '@' : String(body.SubDomain).toLowerCase(),
        Type: body.RecordType,
        Value: body.Value,
        Line: line,
        LineId: LINES[line],
        TTL: body.TTL === undefined ? domain.TTL : body.TTL,
        Weight: body.Weight === undefined ? null : body.Weight,
        Status: body.Status || 'ENABLE',
        Remark: body.Remark || '',
        MX: 0,
        MonitorStatus: '',
        DefaultNS: false,
        UpdatedOn: '2024-01-01 00:00:00',
    };
    if (state.records.some(r => sameRecord(r, record)))
        return errorReply(context, 'InvalidParameter.DomainRecordExist');
    // DNSPod wants the default line's record of a name before the other lines'.
    if (line !== '默认' && !state.records.some(r => r.DomainId === domain.DomainId && r.Name === record.Name
        && r.Type === record.Type && r.Line === '默认'))
        return errorReply(context, 'FailedOperation.MustAddDefaultLineFirst');
    state.records.push(record);
    return okReply(context, { RecordId: record.RecordId });
}

function modifyRecord(context, body) {
    const state = context.state;
    const domain = findDomain(state, body);
    const refusal = checkWrite(context, body, domain);
    if (refusal)
        return refusal;
    if (!Number.isInteger(body.RecordId))
        return errorReply(context, 'MissingParameter', 'The request is missing a required parameter `RecordId`.');
    const index = state.records.findIndex(r => r.RecordId === body.RecordId && r.DomainId === domain.DomainId);
    if (index < 0)
        return errorReply(context, 'InvalidParameter.RecordIdInvalid');
    const before = state.records[index];
    const line = lineOf(body);
    // As documented: what is not sent takes its default, not the record's own.
    const after = Object.assign({}, before, {
        Name: body.SubDomain === undefined ? '@' : String(body.SubDomain).toLowerCase(),
        Type: body.RecordType,
        Value: body.Value,
        Line: line,
        LineId: LINES[line],
        TTL: body.TTL === undefined ? domain.TTL : body.TTL,
        Weight: body.Weight === undefined ? null : body.Weight,
        Status: body.Status || 'ENABLE',
        Remark: body.Remark === undefined ? before.Remark : body.Remark,
        UpdatedOn: '2024-01-02 00:00:00',
    });
    if (state.records.some((r, i) => i !== index && sameRecord(r, after)))
        return errorReply(context, 'InvalidParameter.DomainRecordExist');
    const fields = ['Name', 'Type', 'Value', 'Line', 'TTL', 'Weight', 'Status', 'Remark'];
    if (fields.every(name => before[name] === after[name]))
        context.violation(`ModifyRecord of ${before.RecordId} without any change (DNSPod counts these as abuse)`);
    state.records[index] = after;
    return okReply(context, { RecordId: after.RecordId });
}

const ACTIONS = {
    DescribeDomainList: describeDomainList,
    DescribeRecordList: describeRecordList,
    CreateRecord: createRecord,
    ModifyRecord: modifyRecord,
};

function handle(request, context) {
    if (request.method !== 'POST' || request.path !== '/') {
        context.violation(`${request.method} ${request.url}: Homing POSTs to /`);
        return errorReply(context, 'UnsupportedProtocol', 'The request must be a POST to /.');
    }
    const action = request.headers['x-tc-action'];
    if (request.headers['content-type'] !== CONTENT_TYPE)
        context.violation(`Content-Type ${request.headers['content-type']}`);
    if (request.headers['x-tc-version'] !== VERSION) {
        context.violation(`X-TC-Version ${request.headers['x-tc-version']}`);
        return errorReply(context, 'InvalidParameterValue', 'The value of parameter `Version` is not valid.');
    }
    if (request.headers['x-tc-region'] !== undefined)
        context.violation('X-TC-Region sent: DNSPod takes no region');
    if (!ACTIONS[action]) {
        context.violation(`action ${action}`);
        return errorReply(context, 'InvalidAction', `The action \`${action}\` does not exist.`);
    }
    const refusal = authenticate(request, context, action);
    if (refusal)
        return refusal;
    let body;
    try {
        body = JSON.parse(request.text);
    } catch (error) {
        return errorReply(context, 'InvalidParameter', 'The request body is not JSON.');
    }
    for (const name of Object.keys(body)) {
        if (!PARAMETERS[action].includes(name))
            return errorReply(context, 'UnknownParameter', `The parameter \`${name}\` is not recognized.`);
    }
    return ACTIONS[action](context, body);
}

startEmulator({ name: 'dnspod', initialState, handle });
