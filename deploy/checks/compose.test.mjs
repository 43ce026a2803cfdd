// deploy/compose.yaml: the scaled-out stack on one machine is complete and wired to the app's
// real configuration keys. (No Docker engine runs here; CI builds and starts the image.)
import assert from "node:assert/strict";
import { test } from "node:test";
import path from "node:path";
import { configSections, deploy, exists, isKnownSetting, readYaml } from "./lib.mjs";

const compose = readYaml(path.join(deploy, "compose.yaml"));
const services = compose.services;
const apps = ["migrate", "web", "worker"];

test("compose has the stores, the migration and both roles", () => {
  for (const name of ["postgres", "redis", "rabbitmq", "s3", "s3-bucket", ...apps]) assert.ok(services[name], `service ${name}`);
  assert.equal(services.web.deploy?.replicas, 2);
  assert.deepEqual(services.web.command, ["--role", "web"]);
  assert.deepEqual(services.worker.command, ["--role", "worker"]);
  assert.deepEqual(services.migrate.command, ["migrate"]);
});

test("app services build the image from deploy/docker and run read-only", () => {
  for (const name of apps) {
    const s = services[name];
    const context = path.resolve(deploy, s.build.context);
    assert.ok(exists(path.join(context, s.build.dockerfile)), `${name}: ${s.build.dockerfile} exists in ${context}`);
    assert.equal(s.read_only, true, `${name}: read_only`);
    for (const dir of ["/tmp", "/data"]) assert.ok(s.tmpfs?.includes(dir), `${name}: ${dir} writable`);
  }
});

test("app settings are keys the app reads, pointing at services that exist", () => {
  const sections = configSections();
  for (const name of apps) {
    const env = services[name].environment;
    assert.equal(env.Database__Provider, "Postgres");
    for (const key of Object.keys(env)) assert.ok(isKnownSetting(key, sections), `${name}: ${key} is not a setting OpenHire reads`);
    for (const key of ["Redis__Configuration", "RabbitMQ__Uri", "Storage__S3__ServiceUrl", "Storage__S3__Bucket"]) assert.ok(env[key], `${name}: ${key}`);
    assert.equal(env.Storage__Provider, "S3");
    const hosts = [/Host=([\w-]+)/.exec(env.Database__ConnectionString)[1], env.Redis__Configuration.split(":")[0],
      new URL(env.RabbitMQ__Uri).hostname, new URL(env.Storage__S3__ServiceUrl).hostname];
    for (const host of hosts) assert.ok(services[host], `${name}: host ${host} is a service`);
  }
});

test("apps start after migration, migration after the database", () => {
  assert.equal(services.migrate.depends_on.postgres.condition, "service_healthy");
  for (const name of ["web", "worker"]) {
    assert.equal(services[name].depends_on.migrate.condition, "service_completed_successfully");
    for (const dep of Object.keys(services[name].depends_on)) assert.ok(services[dep], `${name} depends on ${dep}`);
  }
  for (const [name, s] of Object.entries(services)) {
    const deps = Array.isArray(s.depends_on) ? s.depends_on : Object.keys(s.depends_on ?? {});
    for (const dep of deps) assert.ok(services[dep], `${name} depends on missing ${dep}`);
  }
});

test("third-party images are pinned to a version", () => {
  for (const [name, s] of Object.entries(services).filter(([, s]) => !s.build)) {
    assert.match(s.image, /:[\w][\w.-]*$/, `${name}: ${s.image} has a tag`);
    assert.doesNotMatch(s.image, /:latest$/, `${name}: ${s.image}`);
  }
});
