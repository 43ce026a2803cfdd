// .github/workflows/ci.yml: runs the whole test script and builds the image from deploy/docker.
import assert from "node:assert/strict";
import { test } from "node:test";
import path from "node:path";
import { exists, readYaml, repo } from "./lib.mjs";

const workflow = readYaml(path.join(repo, ".github", "workflows", "ci.yml"));
const jobs = Object.entries(workflow.jobs);
const steps = jobs.flatMap(([, job]) => job.steps);

test("the workflow runs on pushes and pull requests", () => {
  assert.ok("push" in workflow.on && "pull_request" in workflow.on);
  for (const [name, job] of jobs) {
    assert.ok(job["runs-on"], `${name}: runs-on`);
    assert.ok(job.steps.length > 0, `${name}: steps`);
    assert.ok(job["timeout-minutes"] <= 90, `${name}: a timeout`);
  }
});

test("./test.sh runs on Ubuntu and on Debian", () => {
  const testing = jobs.filter(([, job]) => job.steps.some((s) => /(^|\s)\.\/test\.sh\b/.test(s.run ?? "")));
  const systems = testing.map(([, job]) => `${job.container?.image ?? job.container ?? job["runs-on"]}`);
  assert.ok(systems.some((s) => s.startsWith("ubuntu")), `Ubuntu among ${systems}`);
  assert.ok(systems.some((s) => s.startsWith("debian")), `Debian among ${systems}`);
});

test("the image is built from deploy/docker/Dockerfile", () => {
  const builds = steps.filter((s) => s.with?.file === "deploy/docker/Dockerfile" || /docker build[^\n]*-f deploy\/docker\/Dockerfile/.test(s.run ?? ""));
  assert.equal(builds.length, 1);
  assert.ok(exists(path.join(repo, "deploy/docker/Dockerfile")));
});

test("every action is pinned to a version", () => {
  for (const s of steps.filter((s) => s.uses)) assert.match(s.uses, /^[\w.-]+\/[\w.-]+@v?\d[\w.]*$/, s.uses);
});
