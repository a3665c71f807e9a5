export const id = 522;
export const ids = [522];
export const modules = {

/***/ 2389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ ec2Port)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5193);
/**
 * The EC2 port over @aws-sdk/client-ec2: credentials from the SDK's default chain (so
 * aws-actions/configure-aws-credentials and OIDC work), the SDK's own retries for throttling, and its
 * waiters for the states. AWS_ENDPOINT_URL_EC2 points it elsewhere (a VPC endpoint, or a test server).
 */

/** Between polls of a waiter: quick at first, as an instance often needs under a minute. */
const WAIT = { minDelay: 2, maxDelay: 15 };
function ec2Port(region) {
    const client = new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .EC2Client */ .gu5({ region, maxAttempts: 6 });
    const waitFor = async (waiter, what, id, maxWaitMs) => {
        try {
            await waiter({ client, maxWaitTime: Math.max(1, Math.round(maxWaitMs / 1000)), ...WAIT }, { InstanceIds: [id] });
        }
        catch (error) {
            const state = error.state;
            throw new Error(state === 'TIMEOUT'
                ? `instance ${id} was not ${what} within ${Math.round(maxWaitMs / 1000)}s (wait-timeout)`
                : `waiting for instance ${id} to be ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    };
    return {
        async describe(id) {
            const out = await client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .DescribeInstancesCommand */ .bNs({ InstanceIds: [id] }));
            const instance = out.Reservations?.[0]?.Instances?.[0];
            if (instance === undefined)
                throw new Error(`instance ${id} was not found in ${region}`);
            return {
                id,
                state: instance.State?.Name ?? 'unknown',
                publicIp: instance.PublicIpAddress,
                publicDns: instance.PublicDnsName || undefined,
                privateIp: instance.PrivateIpAddress,
            };
        },
        async findByTags(tags) {
            const out = await client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .DescribeInstancesCommand */ .bNs({
                Filters: [
                    ...tags.map(([key, value]) => ({ Name: `tag:${key}`, Values: [value] })),
                    { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
                ],
            }));
            return (out.Reservations ?? [])
                .flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId ?? ''))
                .filter(Boolean);
        },
        async start(id) {
            await client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .StartInstancesCommand */ .a9E({ InstanceIds: [id] }));
        },
        async stop(id) {
            await client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .StopInstancesCommand */ .esG({ InstanceIds: [id] }));
        },
        waitRunning: (id, ms) => waitFor(_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .waitUntilInstanceRunning */ .kAk, 'running', id, ms),
        waitStopped: (id, ms) => waitFor(_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .waitUntilInstanceStopped */ .QLE, 'stopped', id, ms),
        waitStatusOk: (id, ms) => waitFor(_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .waitUntilInstanceStatusOk */ .FTb, 'passing its status checks', id, ms),
    };
}


/***/ }),

/***/ 2522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stopAfter: () => (/* binding */ stopAfter)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(226);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2389);
/** The post step: stop the instance when stop-after says so, from what the main step saved. */


async function stopAfter() {
    const policy = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('stop-after');
    const id = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('instance-id');
    const region = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('region');
    const outcome = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('outcome');
    if (policy === '' || policy === 'never' || id === '' || region === '')
        return;
    // No saved outcome means the main step died or the job was cancelled before it finished: a failure.
    const succeeded = outcome === 'success';
    const stop = policy === 'always' || (policy === 'success' && succeeded) || (policy === 'failure' && !succeeded);
    if (!stop) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Leaving ${id} running: stop-after is ${policy} and the deploy ${succeeded ? 'succeeded' : 'did not succeed'}.`);
        return;
    }
    await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .ec2Port */ .e)(region).stop(id);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Stop requested for ${id} (stop-after: ${policy}; the deploy ${succeeded ? 'succeeded' : 'did not succeed'}).`);
}


/***/ })

};
