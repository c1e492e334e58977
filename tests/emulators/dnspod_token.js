'use strict';
// The legacy DNSPod API (https://dnsapi.cn/<Action>) as Homing uses it: form
// POSTs carrying login_token=ID,Token and format=json; every answer is
// {"status":{"code","message","created_at"}, ...} with HTTP 200, and
// status.code "1" is success (codes as strings, as DNSPod writes them).
//
// options: {
//   token: "ID,Token",            the account's one login token
//   domains: [{ id, name, punycode }],
//   records: [{ domain, name, type, value, line, ttl, weight, enabled }],
//   domain_page_cap, record_page_cap
// }
// After 30 failed logins the account is banned ("-8"), as DNSPod does within
// five minutes; the state's failed_logins counts them.

const { startEmulator } = require('./lib/emulator');
const net = require('net');

const LINES = { '默认': '0', '电信': '10=0', '联通': '10=1', '教育网': '10=2', '移动': '10=3', '境外': '3=0', '搜索引擎': '80=0' };
const MAXIMUM_FAILED_LOGINS = 30;

function now() {
    return new Date().toISOString().replace('T', ' ').slice(0, 19);
}

function status(context, code, message, extra) {
    return context.reply(200, Object.assign({ status: { code: String(code), message, created_at: now() } }, extra || {}));
}

function initialState(options) {
    const state = { domains: [], records: [], next_id: 16894439, failed_logins: 0 };
    for (const [index, domain] of (options.domains || [{ name: 'example.com' }]).entries()) {
        state.domains.push({
            id: domain.id || 2317346 + index, name: domain.name, punycode: domain.punycode || domain.name,
            status: 'enable', grade: 'DP_Free', grade_title: '免费套餐', ttl: '600',
        });
    }
    for (const record of options.records || [])
        addRecord(state, record);
    return state;
}

function addRecord(state, record) {
    const domain = state.domains.find(d => d.name === (record.domain || state.domains[0].name));
    const line = record.line || '默认';
    const stored = {
        id: String(record.id || ++state.next_id), domain_id: domain.id, name: record.name, line, line_id: LINES[line] || '0',
        type: record.type || 'A', ttl: String(record.ttl || 600), value: record.value,
        weight: record.weight === undefined ? null : record.weight, mx: '0',
        enabled: record.enabled === undefined ? '1' : String(record.enabled), status: 'enabled', monitor_status: '',
        remark: record.remark || '', updated_on: '2024-01-01 00:00:00', use_aqb: 'no',
    };
    state.records.push(stored);
    return stored;
}

// application/x-www-form-urlencoded, strictly: "+" is a space, %XX is UTF-8.
function parseForm(text) {
    const form = {};
    for (const pair of text.split('&')) {
        if (!pair)
            continue;
        const at = pair.indexOf('=');
        const decode = part => decodeURIComponent(part.replace(/\+/g, ' '));
        const name = decode(at < 0 ? pair : pair.slice(0, at));
        form[name] = at < 0 ? '' : decode(pair.slice(at + 1));
    }
    return form;
}

function findDomain(state, form) {
    if (form.domain_id !== undefined)
        return state.domains.find(d => String(d.id) === form.domain_id);
    return state.domains.find(d => d.name === form.domain || d.punycode === form.domain);
}

function domainList(context, form) {
    const state = context.state;
    const offset = form.offset === undefined ? 0 : Number(form.offset);
    const length = form.length === undefined ? 3000 : Number(form.length);
    if (!Number.isInteger(offset) || offset < 0)
        return status(context, 6, '记录开始的偏移无效');
    if (!Number.isInteger(length) || length < 1)
        return status(context, 7, '共要获取的记录的数量无效');
    if (!state.domains.length && form.error_on_empty !== 'no')
        return status(context, 9, '没有任何域名');
    const size = Math.min(length, 3000, context.options.domain_page_cap || 3000);
    return status(context, 1, 'Action completed successful', {
        info: { domain_total: state.domains.length, all_total: state.domains.length, mine_total: state.domains.length },
        domains: state.domains.slice(offset, offset + size),
    });
}

function recordList(context, form) {
    const state = context.state;
    const domain = findDomain(state, form);
    if (!domain)
        return status(context, 6, '域名ID错误');
    const matching = state.records.filter(r => r.domain_id === domain.id
        && (form.sub_domain === undefined || r.name === form.sub_domain.toLowerCase())
        && (form.record_type === undefined || r.type === form.record_type)
        && (form.record_line_id !== undefined ? r.line_id === form.record_line_id
            : form.record_line === undefined || r.line === form.record_line));
    const offset = form.offset === undefined ? 0 : Number(form.offset);
    const length = form.length === undefined ? 3000 : Number(form.length);
    if (!Number.isInteger(offset) || offset < 0)
        return status(context, 7, '记录开始的偏移无效');
    if (!Number.isInteger(length) || length < 1)
        return status(context, 8, '共要获取的记录的数量无效');
    if (!matching.length && form.error_on_empty !== 'no')
        return status(context, 10, '记录列表为空');
    const size = Math.min(length, 3000, context.options.record_page_cap || 3000);
    return status(context, 1, 'Action completed successful', {
        domain: { id: domain.id, name: domain.name, punycode: domain.punycode, grade: domain.grade, ttl: 600 },
        info: { sub_domains: String(new Set(matching.map(r => r.name)).size), record_total: String(matching.length) },
        records: matching.slice(offset, offset + size).map(r => {
            const copy = Object.assign({}, r);
            delete copy.domain_id;
            return copy;
        }),
    });
}

function lineOf(form) {
    if (form.record_line_id !== undefined)
        return Object.keys(LINES).find(name => LINES[name] === form.record_line_id);
    return form.record_line;
}

function checkWrite(context, form, domain, modify) {
    if (!domain)
        return status(context, modify ? 6 : 6, modify ? '域名ID错误' : '缺少参数或者参数错误');
    if (!form.record_type || form.value === undefined || (form.record_line === undefined && form.record_line_id === undefined))
        return status(context, 6, '缺少参数或者参数错误');
    if (!['A', 'AAAA', 'CNAME', 'TXT', 'MX', 'NS'].includes(form.record_type))
        return status(context, 27, '记录类型错误');
    const line = lineOf(form);
    if (!line || !(line in LINES))
        return status(context, 26, '记录线路错误');
    if (form.record_type === 'A' ? !net.isIPv4(form.value) : form.record_type === 'AAAA' ? !net.isIPv6(form.value) : false)
        return status(context, 34, '记录值非法');
    if (form.ttl !== undefined) {
        const ttl = Number(form.ttl);
        if (!Number.isInteger(ttl) || ttl > 604800)
            return status(context, 32, '记录的TTL值超出了限制');
        if (ttl < 600)
            return modify ? status(context, 29, 'TTL 值太小') : status(context, 32, '记录的TTL值超出了限制');
    }
    if (form.status !== undefined && !['enable', 'disable'].includes(form.status))
        return status(context, 6, '缺少参数或者参数错误');
    return null;
}

function sameRecord(a, b) {
    return a.domain_id === b.domain_id && a.name === b.name && a.type === b.type && a.line === b.line && a.value === b.value;
}

function recordCreate(context, form) {
    const state = context.state;
    const domain = findDomain(state, form);
    const refusal = checkWrite(context, form, domain, false);
    if (refusal)
        return refusal;
    const line = lineOf(form);
    const record = {
        id: String(++state.next_id), domain_id: domain.id,
        name: form.sub_domain === undefined ? '@' : form.sub_domain.toLowerCase(), line, line_id: LINES[line],
        type: form.record_type, ttl: form.ttl === undefined ? '600' : String(Number(form.ttl)), value: form.value,
        weight: form.weight === undefined ? null : Number(form.weight), mx: '0',
        enabled: form.status === 'disable' ? '0' : '1', status: 'enabled', monitor_status: '', remark: '',
        updated_on: '2024-01-01 00:00:00', use_aqb: 'no',
    };
    if (state.records.some(r => sameRecord(r, record)))
        return status(context, 104, '记录已经存在，无需再次添加');
    state.records.push(record);
    return status(context, 1, 'Action completed successful', { record: { id: record.id, name: record.name, status: 'enable' } });
}

function recordModify(context, form) {
    const state = context.state;
    const domain = findDomain(state, form);
    const refusal = checkWrite(context, form, domain, true);
    if (refusal)
        return refusal;
    const index = state.records.findIndex(r => r.id === form.record_id && r.domain_id === domain.id);
    if (index < 0)
        return status(context, 8, '记录ID错误');
    const before = state.records[index];
    const line = lineOf(form);
    // As documented: what is not sent takes its default, not the record's own.
    const after = Object.assign({}, before, {
        name: form.sub_domain === undefined ? '@' : form.sub_domain.toLowerCase(), line, line_id: LINES[line],
        type: form.record_type, value: form.value, ttl: form.ttl === undefined ? '600' : String(Number(form.ttl)),
        enabled: form.status === 'disable' ? '0' : '1', weight: form.weight === undefined ? null : Number(form.weight),
        updated_on: '2024-01-02 00:00:00',
    });
    if (state.records.some((r, i) => i !== index && sameRecord(r, after)))
        return status(context, 104, '记录已经存在，无需再次添加');
    if (['name', 'line', 'type', 'value', 'ttl', 'enabled', 'weight'].every(k => before[k] === after[k]))
        context.violation(`Record.Modify of ${before.id} without any change: DNSPod locks the record after 5 of these in an hour`);
    state.records[index] = after;
    return status(context, 1, 'Action completed successful',
        { record: { id: Number(after.id), name: after.name, value: after.value, status: after.enabled === '1' ? 'enable' : 'disable' } });
}

const ACTIONS = {
    'Domain.List': domainList,
    'Record.List': recordList,
    'Record.Create': recordCreate,
    'Record.Modify': recordModify,
};

function handle(request, context) {
    const action = request.path.replace(/^\//, '');
    if (request.method !== 'POST')
        return status(context, 2, '只允许POST方法');
    const agent = request.headers['user-agent'] || '';
    if (!/^[A-Za-z][\w .-]*\/\S+/.test(agent))
        context.violation(`User-Agent ${agent}: DNSPod bans clients that do not name themselves`);
    if (!(request.headers['content-type'] || '').startsWith('application/x-www-form-urlencoded'))
        context.violation(`Content-Type ${request.headers['content-type']}`);
    if (request.query.toString())
        context.violation(`parameters in the URL: ${request.url}`);
    const form = parseForm(request.text);
    if (form.format !== 'json')
        context.violation(`format ${form.format}: Homing reads JSON`);
    const state = context.state;
    if (state.failed_logins >= MAXIMUM_FAILED_LOGINS)
        return status(context, -8, '登录失败次数过多，帐号被暂时封禁');
    if (form.login_token !== context.options.token) {
        state.failed_logins += 1;
        return status(context, -1, '登录失败');
    }
    if (!ACTIONS[action]) {
        context.violation(`action ${action}`);
        return status(context, -7, '无权使用此接口');
    }
    return ACTIONS[action](context, form);
}

startEmulator({ name: 'dnspod_token', initialState, handle });
