/**
 * A local endpoint that answers EC2's Query API (the XML the SDK parses) for one instance whose state moves
 * as a real one does: StartInstances makes it pending, the next DescribeInstances finds it running.
 * The bundle reaches it through AWS_ENDPOINT_URL_EC2.
 */
import { startServer, type TestServer } from './servers.js';

export interface FakeEc2 {
  server: TestServer;
  env: Record<string, string>;
  state: string;
  /** Actions received, in order. */
  actions: string[];
  /** The access key id each request was signed with. */
  signedBy: string[];
  /** Answer the next N requests with a throttling error. */
  throttle(times: number): void;
  close(): Promise<void>;
}

const NS = 'http://ec2.amazonaws.com/doc/2016-11-15/';
const CODES: Readonly<Record<string, number>> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

export async function startFakeEc2(
  instanceId: string,
  initial: string,
  address = '127.0.0.1',
): Promise<FakeEc2> {
  let throttles = 0;
  const fake: FakeEc2 = {
    server: undefined as unknown as TestServer,
    env: {},
    state: initial,
    actions: [],
    signedBy: [],
    throttle: (n) => {
      throttles = n;
    },
    close: () => fake.server.close(),
  };
  const stateXml = (tag: string, name: string): string =>
    `<${tag}><code>${CODES[name] ?? 0}</code><name>${name}</name></${tag}>`;
  fake.server = await startServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const params = new URLSearchParams(body);
      const action = params.get('Action') ?? '';
      fake.actions.push(action);
      fake.signedBy.push(/Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? '');
      const xml = (text: string, status = 200): true => {
        res
          .writeHead(status, { 'content-type': 'text/xml' })
          .end(`<?xml version="1.0" encoding="UTF-8"?>\n${text}`);
        return true;
      };
      if (throttles > 0) {
        throttles--;
        return xml(
          '<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>t</RequestID></Response>',
          503,
        );
      }
      const running = fake.state === 'running';
      const item = `<item><instanceId>${instanceId}</instanceId>${stateXml('instanceState', fake.state)}<privateIpAddress>${address}</privateIpAddress>${running ? `<ipAddress>${address}</ipAddress><dnsName>localhost</dnsName>` : '<dnsName></dnsName>'}</item>`;
      switch (action) {
        case 'DescribeInstances': {
          const response = `<DescribeInstancesResponse xmlns="${NS}"><requestId>r</requestId><reservationSet><item><reservationId>r-1</reservationId><instancesSet>${item}</instancesSet></item></reservationSet></DescribeInstancesResponse>`;
          if (fake.state === 'pending') fake.state = 'running';
          if (fake.state === 'stopping') fake.state = 'stopped';
          return xml(response);
        }
        case 'StartInstances': {
          const before = fake.state;
          fake.state = 'pending';
          return xml(
            `<StartInstancesResponse xmlns="${NS}"><requestId>r</requestId><instancesSet><item><instanceId>${instanceId}</instanceId>${stateXml('currentState', 'pending')}${stateXml('previousState', before)}</item></instancesSet></StartInstancesResponse>`,
          );
        }
        case 'StopInstances': {
          const before = fake.state;
          fake.state = 'stopping';
          return xml(
            `<StopInstancesResponse xmlns="${NS}"><requestId>r</requestId><instancesSet><item><instanceId>${instanceId}</instanceId>${stateXml('currentState', 'stopping')}${stateXml('previousState', before)}</item></instancesSet></StopInstancesResponse>`,
          );
        }
        case 'DescribeInstanceStatus':
          return xml(
            `<DescribeInstanceStatusResponse xmlns="${NS}"><requestId>r</requestId><instanceStatusSet><item><instanceId>${instanceId}</instanceId>${stateXml('instanceState', fake.state)}<systemStatus><status>ok</status></systemStatus><instanceStatus><status>ok</status></instanceStatus></item></instanceStatusSet></DescribeInstanceStatusResponse>`,
          );
        default:
          return xml(
            `<Response><Errors><Error><Code>InvalidAction</Code><Message>${action}</Message></Error></Errors></Response>`,
            400,
          );
      }
    });
  });
  fake.env = {
    AWS_ENDPOINT_URL_EC2: fake.server.url,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'fake-secret-for-tests',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  return fake;
}
