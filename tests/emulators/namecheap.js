'use strict';
// Namecheap dynamic DNS (dynamicdns.park-your-domain.com/update): one GET per
// host with the domain's Dynamic DNS password, answered with HTTP 200 and the
// XML document real clients have recorded (encoding="utf-16" declared, bytes
// single-byte), ErrCount 0 on success and errors in <errors><Err1> otherwise.
// IPv4 only; only hosts that exist as "A + Dynamic DNS" records can be set.
//
// Options: { domains: { "example.com": { password, hosts: { "@": "1.2.3.4", "nas": null } } } }

const { startEmulator } = require('./lib/emulator');

function xml(ip, error, responseString) {
    const head = '<?xml version="1.0" encoding="utf-16"?>\r\n<interface-response>\r\n  <Command>SETDNSHOST</Command>\r\n  <Language>eng</Language>\r\n';
    if (!error)
        return `${head}  <IP>${ip}</IP>\r\n  <ErrCount>0</ErrCount>\r\n  <errors />\r\n  <ResponseCount>0</ResponseCount>\r\n  <responses />\r\n  <Done>true</Done>\r\n  <debug><![CDATA[]]></debug>\r\n</interface-response>`;
    return `${head}  <ErrCount>1</ErrCount>\r\n  <errors>\r\n    <Err1>${error}</Err1>\r\n  </errors>\r\n  <ResponseCount>1</ResponseCount>\r\n  <responses>\r\n    <response>\r\n      <Description>${error}</Description>\r\n      <ResponseNumber>304156</ResponseNumber>\r\n      <ResponseString>${responseString}</ResponseString>\r\n    </response>\r\n  </responses>\r\n  <Done>true</Done>\r\n  <debug><![CDATA[]]></debug>\r\n</interface-response>`;
}

function answer(body) {
    return { status: 200, headers: { 'Content-Type': 'text/html' }, body };
}

startEmulator({
    name: 'namecheap',
    initialState: options => ({ domains: options.domains || {} }),
    handle(request, context) {
        if (request.method !== 'GET' || request.path !== '/update') {
            context.violation(`${request.method} ${request.path}: the only call is GET /update`);
            return { status: 404, body: 'Not Found' };
        }
        const query = request.query;
        for (const key of query.keys())
            if (!['host', 'domain', 'password', 'ip'].includes(key))
                context.violation(`unknown parameter ${key}`);
        const domain = context.state.domains[(query.get('domain') || '').toLowerCase()];
        if (!domain)
            return answer(xml(null, 'Domain name not found', 'Validation error; not found ; domain name(s)'));
        if (query.get('password') !== domain.password)
            return answer(xml(null, 'Passwords do not match', 'Validation error; invalid ; password'));
        const ip = query.has('ip') ? query.get('ip') : '127.0.0.1';
        if (!/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(ip))
            return answer(xml(null, 'Invalid IP', 'Validation error; invalid ; IP Address'));
        const host = (query.get('host') || '').toLowerCase();
        if (!Object.prototype.hasOwnProperty.call(domain.hosts, host))
            return answer(xml(null, 'No Records updated. A record not Found;', 'Validation error; no records updated'));
        domain.hosts[host] = ip;
        return answer(xml(ip));
    },
});
