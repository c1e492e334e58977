'use strict';
// AWS Route 53 (API 2013-04-01) as far as a dynamic DNS client uses it:
// ListHostedZonesByName, ListResourceRecordSets and ChangeResourceRecordSets,
// in XML, paged with maxitems and the Next* markers, in Route 53's order.
//
// Every request's SigV4 signature is recomputed with the official AWS SDK's
// signer (@smithy/signature-v4 with @aws-crypto/sha256-js), from the headers
// the request says it signed and its own X-Amz-Date, and a mismatch is refused
// as Route 53 refuses it: HTTP 403, <Code>SignatureDoesNotMatch</Code>. A
// timestamp more than 5 minutes from the emulator's clock (context.now()) is
// refused with Route 53's "Signature expired" / "Signature not yet current".
//
// Options: { access_key_id, secret_access_key, max_items (a cap on every
// page), zones: [{ id, name, private, sets: [{ name, type, ttl, values,
// set_identifier, weight, alias }] }] }. Every zone also gets its apex NS and SOA.
// state.fail_changes: refusals (status, code, message) for the next changes.

const crypto = require('crypto');
const { startEmulator } = require('./lib/emulator');
const { SignatureV4 } = require('@smithy/signature-v4');
const { Sha256 } = require('@aws-crypto/sha256-js');

const NS = 'https://route53.amazonaws.com/doc/2013-04-01/';
const REGION = 'us-east-1';
const SERVICE = 'route53';
const SKEW_MS = 5 * 60 * 1000;

// The order of a ResourceRecordSet's elements in Route 53's schema; the
// service validates requests against it.
const SET_ELEMENTS = ['Name', 'Type', 'SetIdentifier', 'Weight', 'Region', 'GeoLocation', 'Failover',
    'MultiValueAnswer', 'TTL', 'ResourceRecords', 'AliasTarget', 'HealthCheckId', 'TrafficPolicyInstanceId',
    'CidrRoutingConfig', 'GeoProximityLocation'];

// ---------------------------------------------------------------------------
// XML: a small parser (elements, text, the five entities) and writer.

function decodeEntities(text) {
    return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (match, name) => {
        switch (name) {
        case 'lt': return '<';
        case 'gt': return '>';
        case 'amp': return '&';
        case 'quot': return '"';
        case 'apos': return "'";
        default:
            return String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
        }
    });
}

function parseXml(text) {
    const source = text.replace(/^\uFEFF/, '').replace(/^<\?xml[^?]*\?>/, '');
    const tokens = /<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
    const root = { children: [] };
    const stack = [root];
    let match;
    while ((match = tokens.exec(source)) !== null) {
        const [all, closing, name, attributes, selfClosing, text, stray] = match;
        if (all.startsWith('<!--'))
            continue;
        if (stray)
            throw new Error('malformed markup');
        const top = stack[stack.length - 1];
        if (text !== undefined) {
            if (stack.length === 1) {
                if (text.trim())
                    throw new Error('text outside the root element');
                continue;
            }
            top.text += decodeEntities(text);
            continue;
        }
        if (closing) {
            if (stack.length === 1 || top.name !== name)
                throw new Error(`unexpected </${name}>`);
            stack.pop();
            continue;
        }
        const element = { name: name.replace(/^.*:/, ''), attributes: {}, text: '', children: [] };
        for (const attribute of (attributes || '').matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
            element.attributes[attribute[1]] = decodeEntities(attribute[2] !== undefined ? attribute[2] : attribute[3]);
        if (stack.length === 1 && root.children.length)
            throw new Error('a second root element');
        top.children.push(element);
        if (!selfClosing)
            stack.push(element);
    }
    if (stack.length !== 1 || root.children.length !== 1)
        throw new Error('unclosed elements');
    return root.children[0];
}

const child = (element, name) => element && element.children.find(c => c.name === name);
const childrenNamed = (element, name) => (element ? element.children.filter(c => c.name === name) : []);
const textOf = (element, name) => { const c = child(element, name); return c ? c.text.trim() : undefined; };

function escapeXml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function element(name, content) {
    if (content === undefined || content === null)
        return '';
    if (Array.isArray(content))
        return `<${name}>${content.join('')}</${name}>`;
    return `<${name}>${escapeXml(content)}</${name}>`;
}

function xmlAnswer(status, root, body) {
    return {
        status,
        headers: { 'Content-Type': 'text/xml', 'x-amzn-RequestId': crypto.randomUUID() },
        body: `<?xml version="1.0"?>\n<${root} xmlns="${NS}">${body}</${root}>`,
    };
}

function error(status, code, message, type) {
    return xmlAnswer(status, 'ErrorResponse', element('Error', [element('Type', type || 'Sender'),
        element('Code', code), element('Message', message)]) + element('RequestId', crypto.randomUUID()));
}

// ---------------------------------------------------------------------------
// Names and order

// As Route 53 stores and lists names: lower case, a final dot, and every
// character other than a-z, 0-9, '-', '_' and '.' as a \ooo octal escape.
function storedName(name) {
    let text = String(name).toLowerCase();
    text = text.replace(/\\([0-7]{3})/g, (m, octal) => String.fromCharCode(parseInt(octal, 8)));
    if (!text.endsWith('.'))
        text += '.';
    return text.replace(/[^a-z0-9\-_.]/g, c => '\\' + c.charCodeAt(0).toString(8).padStart(3, '0'));
}

// Names compared label by label from the right; a name's own sets before the names under it.
function nameKey(name) {
    return storedName(name).split('.').filter(Boolean).reverse().join('\u0002');
}

function setKey(set) {
    return [nameKey(set.Name), set.Type, set.SetIdentifier || ''].join('\u0001');
}

function zoneKey(zone) {
    return [nameKey(zone.name), zone.id].join('\u0001');
}

function inZone(name, zoneName) {
    const n = storedName(name);
    const z = storedName(zoneName);
    return n === z || n.endsWith('.' + z);
}

// ---------------------------------------------------------------------------
// State

function makeSet(zoneName, spec) {
    const set = { Name: storedName(spec.name), Type: spec.type };
    if (spec.set_identifier)
        set.SetIdentifier = spec.set_identifier;
    if (spec.weight !== undefined)
        set.Weight = String(spec.weight);
    if (spec.alias) {
        set.AliasTarget = { HostedZoneId: 'Z35SXDOTRQ7X7K', DNSName: spec.alias, EvaluateTargetHealth: 'false' };
    } else {
        set.TTL = String(spec.ttl === undefined ? 300 : spec.ttl);
        set.ResourceRecords = spec.values || [];
    }
    return set;
}

function initialState(options) {
    const zones = (options.zones || []).map(zone => {
        const name = storedName(zone.name);
        const sets = [
            { Name: name, Type: 'NS', TTL: '172800', ResourceRecords: ['ns-1.awsdns-01.org.', 'ns-2.awsdns-02.co.uk.'] },
            { Name: name, Type: 'SOA', TTL: '900',
              ResourceRecords: ['ns-1.awsdns-01.org. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400'] },
        ].concat((zone.sets || []).map(spec => makeSet(name, spec)));
        return { id: zone.id, name, private: !!zone.private, sets };
    });
    return { zones, changes: [], fail_changes: [] };
}

// ---------------------------------------------------------------------------
// Signature

function parseAmzDate(text) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text || '');
    return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
}

function formatAmzDate(date) {
    return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

async function authenticate(request, context) {
    const options = context.options;
    const authorization = request.headers.authorization;
    if (!authorization)
        return error(403, 'MissingAuthenticationToken', 'Missing Authentication Token');
    const m = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request,\s*SignedHeaders=([a-z0-9\-;]+),\s*Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!m) {
        context.violation(`a malformed Authorization header: ${authorization.replace(/Signature=.*/, 'Signature=…')}`);
        return error(403, 'IncompleteSignature', `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters. Authorization=${authorization.split(' ')[0]}`);
    }
    const [, keyId, scopeDate, region, service, signedHeaders] = m;
    if (keyId !== options.access_key_id)
        return error(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.');
    const amzDate = request.headers['x-amz-date'];
    const date = parseAmzDate(amzDate);
    if (!date) {
        context.violation('no X-Amz-Date header');
        return error(403, 'IncompleteSignature', "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }
    const names = signedHeaders.split(';');
    if (!names.includes('host') || !names.includes('x-amz-date')) {
        context.violation(`host and x-amz-date must be signed, not only ${signedHeaders}`);
        return error(403, 'IncompleteSignature', "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
    if (region !== REGION) {
        context.violation(`signed for region ${region}`);
        return error(403, 'SignatureDoesNotMatch', `Credential should be scoped to a valid region, not '${region}'. `);
    }
    if (service !== SERVICE) {
        context.violation(`signed for service ${service}`);
        return error(403, 'SignatureDoesNotMatch', `Credential should be scoped to correct service: '${SERVICE}'. `);
    }
    if (scopeDate !== amzDate.slice(0, 8)) {
        context.violation(`credential scope date ${scopeDate} is not the date of X-Amz-Date ${amzDate}`);
        return error(403, 'SignatureDoesNotMatch', 'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: ' +
            `'${scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`);
    }
    const now = context.now();
    if (date.getTime() < now.getTime() - SKEW_MS)
        return error(403, 'SignatureDoesNotMatch', `Signature expired: ${amzDate} is now earlier than ` +
            `${formatAmzDate(new Date(now.getTime() - SKEW_MS))} (${formatAmzDate(now)} - 5 min.)`);
    if (date.getTime() > now.getTime() + SKEW_MS)
        return error(403, 'SignatureDoesNotMatch', `Signature not yet current: ${amzDate} is still later than ` +
            `${formatAmzDate(new Date(now.getTime() + SKEW_MS))} (${formatAmzDate(now)} + 5 min.)`);

    // The official signer, given what the request says it signed.
    const headers = {};
    for (const name of names) {
        if (request.headers[name] === undefined) {
            context.violation(`signed header ${name} was not sent`);
            return error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
        }
        headers[name] = request.headers[name];
    }
    const query = {};
    for (const [name, value] of request.query) {
        if (Object.prototype.hasOwnProperty.call(query, name))
            query[name] = [].concat(query[name], value);
        else
            query[name] = value;
    }
    const signer = new SignatureV4({
        credentials: { accessKeyId: options.access_key_id, secretAccessKey: options.secret_access_key },
        region: REGION, service: SERVICE, sha256: Sha256, applyChecksum: false,
    });
    const signed = await signer.sign({
        method: request.method, protocol: 'https:', hostname: String(request.headers.host).replace(/:\d+$/, ''),
        path: decodeURIComponent(request.path), query, headers, body: request.body.length ? request.body : undefined,
    }, { signingDate: date, signableHeaders: new Set(names) });
    const expected = signed.headers.authorization;
    const normalized = authorization.replace(/,\s*/g, ', ');
    if (expected !== normalized) {
        return error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. ' +
            'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.');
    }
    return null;
}

// ---------------------------------------------------------------------------
// Operations

function pageSize(request, context) {
    const asked = request.query.has('maxitems') ? parseInt(request.query.get('maxitems'), 10) : 100;
    if (!(asked > 0) || asked > 300)
        return null;
    return Math.min(asked, context.options.max_items || 300);
}

function listHostedZonesByName(request, context) {
    const maxItems = pageSize(request, context);
    if (maxItems === null)
        return error(400, 'InvalidInput', 'The value of maxitems must be between 1 and 300.');
    const dnsName = request.query.get('dnsname');
    const zoneId = request.query.get('hostedzoneid');
    if (zoneId && !dnsName)
        return error(400, 'InvalidInput', 'The DNSName must be specified if the HostedZoneId is specified.');
    const zones = context.state.zones.slice().sort((a, b) => (zoneKey(a) < zoneKey(b) ? -1 : zoneKey(a) > zoneKey(b) ? 1 : 0));
    const start = dnsName ? [nameKey(dnsName), zoneId || ''].join('\u0001') : '';
    const listed = zones.filter(zone => zoneKey(zone) >= start);
    const page = listed.slice(0, maxItems);
    const next = listed[maxItems];
    const body = [
        element('HostedZones', page.map(zone => element('HostedZone', [
            element('Id', '/hostedzone/' + zone.id), element('Name', zone.name), element('CallerReference', 'homing-e2e-' + zone.id),
            element('Config', [element('PrivateZone', zone.private ? 'true' : 'false')]),
            element('ResourceRecordSetCount', String(zone.sets.length))]))),
        dnsName ? element('DNSName', dnsName) : '',
        zoneId ? element('HostedZoneId', zoneId) : '',
        element('IsTruncated', next ? 'true' : 'false'),
        next ? element('NextDNSName', next.name) + element('NextHostedZoneId', next.id) : '',
        element('MaxItems', String(maxItems)),
    ].join('');
    return xmlAnswer(200, 'ListHostedZonesByNameResponse', body);
}

function setXml(set) {
    const parts = [element('Name', set.Name), element('Type', set.Type), element('SetIdentifier', set.SetIdentifier),
        element('Weight', set.Weight), element('Region', set.Region), element('Failover', set.Failover), element('TTL', set.TTL)];
    if (set.ResourceRecords)
        parts.push(element('ResourceRecords', set.ResourceRecords.map(value => element('ResourceRecord', [element('Value', value)]))));
    if (set.AliasTarget)
        parts.push(element('AliasTarget', [element('HostedZoneId', set.AliasTarget.HostedZoneId),
            element('DNSName', set.AliasTarget.DNSName), element('EvaluateTargetHealth', set.AliasTarget.EvaluateTargetHealth)]));
    parts.push(element('HealthCheckId', set.HealthCheckId));
    return element('ResourceRecordSet', parts);
}

function findZone(context, id) {
    return context.state.zones.find(zone => zone.id === id);
}

function listResourceRecordSets(request, context, zone) {
    const maxItems = pageSize(request, context);
    if (maxItems === null)
        return error(400, 'InvalidInput', 'The value of maxitems must be between 1 and 300.');
    const name = request.query.get('name');
    const type = request.query.get('type');
    const identifier = request.query.get('identifier');
    if (type && !name)
        return error(400, 'InvalidInput', 'The input is not valid: the type parameter requires the name parameter.');
    if (identifier && !type)
        return error(400, 'InvalidInput', 'The input is not valid: the identifier parameter requires the type parameter.');
    const sets = zone.sets.slice().sort((a, b) => (setKey(a) < setKey(b) ? -1 : setKey(a) > setKey(b) ? 1 : 0));
    const start = name ? [nameKey(name), type || '', identifier || ''].join('\u0001') : '';
    const listed = sets.filter(set => setKey(set) >= start);
    const page = listed.slice(0, maxItems);
    const next = listed[maxItems];
    const body = [
        element('ResourceRecordSets', page.map(setXml)),
        element('IsTruncated', next ? 'true' : 'false'),
        next ? element('NextRecordName', next.Name) + element('NextRecordType', next.Type)
            + element('NextRecordIdentifier', next.SetIdentifier) : '',
        element('MaxItems', String(maxItems)),
    ].join('');
    return xmlAnswer(200, 'ListResourceRecordSetsResponse', body);
}

// Route 53 deletes a set only when the DELETE names it exactly as it is: the
// same TTL, values, routing fields and health check; otherwise it refuses the
// whole batch.
function sameSet(a, b) {
    const text = value => (value === undefined || value === null ? '' : String(value));
    for (const name of ['Type', 'SetIdentifier', 'Weight', 'Region', 'Failover', 'TTL', 'HealthCheckId']) {
        if (text(a[name]) !== text(b[name]))
            return false;
    }
    const values = set => (set.ResourceRecords || []).map(String).sort().join('\n');
    return storedName(a.Name) === storedName(b.Name) && values(a) === values(b)
        && JSON.stringify(a.AliasTarget || null) === JSON.stringify(b.AliasTarget || null);
}

function invalidBatch(message) {
    return error(400, 'InvalidChangeBatch', `[${message}]`);
}

function changeResourceRecordSets(request, context, zone) {
    // A refusal a test arranged for the next change (state.fail_changes: [{ status, code, message }]).
    const failure = (context.state.fail_changes || []).shift();
    if (failure)
        return error(failure.status || 400, failure.code, failure.message);
    if (!/^application\/xml|^text\/xml/.test(request.headers['content-type'] || ''))
        context.violation(`a change batch sent as ${request.headers['content-type']}`);
    let root;
    try {
        root = parseXml(request.text);
    } catch (problem) {
        return error(400, 'InvalidInput', `Invalid XML ; ${problem.message}`);
    }
    if (root.name !== 'ChangeResourceRecordSetsRequest' || root.attributes.xmlns !== NS)
        return error(400, 'InvalidInput', `Invalid XML ; cvc-elt.1: Cannot find the declaration of element '${root.name}'.`);
    const changes = childrenNamed(child(child(root, 'ChangeBatch'), 'Changes'), 'Change');
    if (!changes.length)
        return error(400, 'InvalidInput', 'Invalid XML ; the ChangeBatch has no Change.');
    // What Homing sends: CREATE when it listed no set, else DELETE (the set as
    // listed) + CREATE; never a blind UPSERT, which overwrites whatever the set
    // holds by the time it arrives.
    const actions = changes.map(change => textOf(change, 'Action')).join('+');
    if (actions !== 'CREATE' && actions !== 'DELETE+CREATE')
        context.violation(`a change batch of ${actions}, not CREATE or DELETE+CREATE`);
    const staged = zone.sets.slice();
    let deletedAt = -1;
    for (const change of changes) {
        const action = textOf(change, 'Action');
        const rrset = child(change, 'ResourceRecordSet');
        if (!rrset)
            return error(400, 'InvalidInput', 'Invalid XML ; a Change has no ResourceRecordSet.');
        let last = -1;
        for (const item of rrset.children) {
            const position = SET_ELEMENTS.indexOf(item.name);
            if (position <= last)
                return error(400, 'InvalidInput', `Invalid XML ; cvc-complex-type.2.4.a: Invalid content was found starting with element '${item.name}'.`);
            last = position;
        }
        const set = { Name: storedName(textOf(rrset, 'Name') || ''), Type: textOf(rrset, 'Type') };
        for (const name of ['SetIdentifier', 'Weight', 'Region', 'Failover', 'TTL', 'HealthCheckId']) {
            if (textOf(rrset, name) !== undefined)
                set[name] = textOf(rrset, name);
        }
        const records = child(rrset, 'ResourceRecords');
        if (records)
            set.ResourceRecords = childrenNamed(records, 'ResourceRecord').map(r => textOf(r, 'Value'));
        const alias = child(rrset, 'AliasTarget');
        if (alias)
            set.AliasTarget = { HostedZoneId: textOf(alias, 'HostedZoneId'), DNSName: textOf(alias, 'DNSName'),
                EvaluateTargetHealth: textOf(alias, 'EvaluateTargetHealth') };
        const described = `RRSet with DNS name ${set.Name}, type ${set.Type}` + (set.SetIdentifier ? ` and SetIdentifier ${set.SetIdentifier}` : '');
        if (!inZone(set.Name, zone.name))
            return invalidBatch(`RRSet with DNS name ${set.Name} is not permitted in zone ${zone.name}`);
        if (!['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'SOA', 'SRV', 'CAA', 'PTR', 'SPF', 'NAPTR', 'DS'].includes(set.Type))
            return error(400, 'InvalidInput', `Invalid XML ; cvc-enumeration-valid: Value '${set.Type}' is not facet-valid with respect to enumeration.`);
        if (!set.AliasTarget) {
            if (set.TTL === undefined)
                return invalidBatch(`Invalid Resource Record: FATAL problem: TTL must be specified for ${described}`);
            const ttl = Number(set.TTL);
            if (!/^\d+$/.test(set.TTL) || ttl > 2147483647)
                return error(400, 'InvalidInput', `Invalid XML ; cvc-maxInclusive-valid: Value '${set.TTL}' is not facet-valid with respect to maxInclusive '2147483647' for type 'TTL'.`);
            if (!set.ResourceRecords || !set.ResourceRecords.length)
                return invalidBatch(`Invalid Resource Record: FATAL problem: ${described} has no resource records`);
            for (const value of set.ResourceRecords) {
                const ok = set.Type === 'A' ? /^(\d{1,3})(\.\d{1,3}){3}$/.test(value) && value.split('.').every(n => +n < 256)
                    : set.Type === 'AAAA' ? /^[0-9a-fA-F:.]+$/.test(value) && value.includes(':') : true;
                if (!ok)
                    return invalidBatch(`Invalid Resource Record: 'FATAL problem: ${set.Type === 'A' ? 'ARRDATAIllegalIPv4Address (Value is not a valid IPv4 address)' : 'AAAARRDATAIllegalIPv6Address (Value is not a valid IPv6 address)'} encountered with '${value}''`);
            }
        }
        if (set.SetIdentifier && set.Weight === undefined && set.Region === undefined && set.Failover === undefined)
            return invalidBatch(`Invalid request: Missing field 'Weight' or 'Region' or 'Failover' in ${described}`);
        const sameNameType = staged.filter(s => s.Name === set.Name && s.Type === set.Type);
        if (sameNameType.some(s => !!s.SetIdentifier !== !!set.SetIdentifier))
            return invalidBatch(`${described} cannot be created because a ${set.SetIdentifier ? 'non-' : ''}weighted set exists with the same name and type`);
        const at = staged.findIndex(s => setKey(s) === setKey(set));
        if (action === 'UPSERT' || action === 'CREATE') {
            if (action === 'CREATE' && at >= 0)
                return invalidBatch(`Tried to create resource record set [name='${set.Name}', type='${set.Type}'] but it already exists`);
            if (at >= 0)
                staged[at] = set;
            else if (deletedAt >= 0)
                staged.splice(deletedAt, 0, set); // where the deleted one was
            else
                staged.push(set);
        } else if (action === 'DELETE') {
            if (at < 0)
                return invalidBatch(`Tried to delete resource record set [name='${set.Name}', type='${set.Type}'] but it was not found`);
            if (!sameSet(staged[at], set))
                return invalidBatch(`Tried to delete resource record set [name='${set.Name}', type='${set.Type}'] but the values provided do not match the current values`);
            staged.splice(at, 1);
            deletedAt = at;
        } else {
            return error(400, 'InvalidInput', `Invalid XML ; cvc-enumeration-valid: Value '${action}' is not facet-valid with respect to enumeration '[CREATE, DELETE, UPSERT]'.`);
        }
    }
    zone.sets = staged;
    const id = 'C' + crypto.randomBytes(8).toString('hex').toUpperCase().slice(0, 13);
    const submittedAt = context.now().toISOString();
    context.state.changes.push({ id, zone: zone.id, body: request.text, submitted_at: submittedAt });
    return xmlAnswer(200, 'ChangeResourceRecordSetsResponse', element('ChangeInfo', [element('Id', '/change/' + id),
        element('Status', 'PENDING'), element('SubmittedAt', submittedAt), element('Comment', textOf(child(root, 'ChangeBatch'), 'Comment'))]));
}

async function handle(request, context) {
    const denied = await authenticate(request, context);
    if (denied)
        return denied;
    if (request.method === 'GET' && request.path === '/2013-04-01/hostedzonesbyname')
        return listHostedZonesByName(request, context);
    const m = /^\/2013-04-01\/hostedzone\/([^/]+)\/rrset\/?$/.exec(request.path);
    if (!m)
        return error(404, 'UnknownOperationException', `no operation at ${request.method} ${request.path}`);
    const zone = findZone(context, m[1]);
    if (!zone)
        return error(404, 'NoSuchHostedZone', `No hosted zone found with ID: ${m[1]}`);
    if (request.method === 'GET')
        return listResourceRecordSets(request, context, zone);
    if (request.method === 'POST')
        return changeResourceRecordSets(request, context, zone);
    return error(405, 'MethodNotAllowed', `${request.method} is not allowed here`);
}

startEmulator({ name: 'route53', initialState, handle });
