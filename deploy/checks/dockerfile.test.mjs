// deploy/docker/Dockerfile: its stages build the project the solution really has, and the image
// runs that project's assembly as a non-root user with the settings a container needs.
import assert from "node:assert/strict";
import { test } from "node:test";
import path from "node:path";
import { DockerfileParser } from "dockerfile-ast";
import { deploy, exists, read, repo } from "./lib.mjs";

const dockerfile = DockerfileParser.parse(read(path.join(deploy, "docker", "Dockerfile")));

// Instructions grouped by the FROM that starts their stage.
const stages = [];
for (const i of dockerfile.getInstructions()) {
  if (i.getKeyword() === "FROM") stages.push({ from: i, name: i.getBuildStage(), instructions: [] });
  else stages.at(-1)?.instructions.push(i);
}
const [build, runtime] = [stages[0], stages.at(-1)];
const args = (i) => i.getArguments().map((a) => a.getValue());
const of = (stage, keyword) => stage.instructions.filter((i) => i.getKeyword() === keyword);
const unquote = (v) => v?.replace(/^"(.*)"$/, "$1");
const env = (stage) => Object.fromEntries(of(stage, "ENV").flatMap((e) => e.getProperties().map((p) => [p.getName(), unquote(p.getUnescapedValue())])));
const xml = (file, element) => [...read(file).matchAll(new RegExp(`<${element}[^>]*Include="([^"]+)"`, "g"))].map((m) => m[1]);

const published = (() => {
  const run = of(build, "RUN").map((r) => r.getArgumentsContent()).find((c) => c.includes("dotnet publish"));
  return /dotnet publish (\S+\.csproj)/.exec(run)[1];
})();

test("an SDK stage builds, an ASP.NET runtime stage runs, on the SDK global.json names", () => {
  assert.ok(stages.length >= 2, "multi-stage");
  const version = dockerfile.getInitialARGs().flatMap((a) => a.getProperties()).find((p) => p.getName() === "DOTNET_VERSION").getValue();
  const sdk = JSON.parse(read(path.join(repo, "global.json"))).sdk.version;
  assert.ok(sdk.startsWith(`${version}.`), `DOTNET_VERSION ${version} matches global.json's ${sdk}`);
  assert.match(read(path.join(repo, "Directory.Build.props")), new RegExp(`<TargetFramework>net${version}</TargetFramework>`));
  assert.equal(build.from.getImageName(), "dotnet/sdk");
  assert.equal(runtime.from.getImageName(), "dotnet/aspnet");
});

test("the build stage copies files that exist and publishes the app project", () => {
  assert.equal(published, "src/OpenHire/OpenHire.csproj");
  assert.ok(exists(path.join(repo, published)));
  for (const copy of of(build, "COPY").filter((c) => !c.getFromFlag())) {
    for (const source of args(copy).slice(0, -1)) assert.ok(exists(path.join(repo, source)), `COPY ${source} exists`);
  }
});

test("every project the app references is copied before restore, so restore sees it", () => {
  const restore = build.instructions.findIndex((i) => i.getKeyword() === "RUN" && i.getArgumentsContent().includes("dotnet restore"));
  assert.ok(restore > 0, "a dotnet restore step");
  const copiedBeforeRestore = new Set(build.instructions.slice(0, restore)
    .filter((i) => i.getKeyword() === "COPY").flatMap((c) => args(c).slice(0, -1)));
  const pending = [published];
  const seen = new Set();
  while (pending.length) {
    const project = pending.pop();
    if (seen.has(project)) continue;
    seen.add(project);
    assert.ok(copiedBeforeRestore.has(project), `${project} is copied before dotnet restore`);
    for (const ref of xml(path.join(repo, project), "ProjectReference"))
      pending.push(path.posix.normalize(path.posix.join(path.posix.dirname(project), ref.replaceAll("\\", "/"))));
  }
  for (const file of ["Directory.Build.props", "Directory.Packages.props", "global.json"]) assert.ok(copiedBeforeRestore.has(file), file);
});

test("the runtime stage starts the published assembly", () => {
  const csproj = read(path.join(repo, published));
  const assembly = /<AssemblyName>([^<]+)<\/AssemblyName>/.exec(csproj)?.[1] ?? path.basename(published, ".csproj");
  const entrypoint = of(runtime, "ENTRYPOINT")[0].getJSONStrings().map((s) => s.getJSONValue());
  assert.deepEqual(entrypoint, ["dotnet", `${assembly}.dll`]);
  const fromBuild = of(runtime, "COPY").filter((c) => c.getFromFlag());
  assert.ok(fromBuild.length > 0 && fromBuild.every((c) => c.getFromFlag().getValue() === build.name), "copies from the build stage");
  // Arguments reach the app: CMD holds only defaults such as --role.
  assert.deepEqual(of(runtime, "CMD")[0].getJSONStrings().map((s) => s.getJSONValue()), ["--role", "all"]);
});

test("the image runs as a non-root user with writable /data and /tmp only", () => {
  const user = args(of(runtime, "USER").at(-1)).join(" ");
  assert.ok(user && !/^(root|0)(:|$)/.test(user), `USER ${user}`);
  const volumes = of(runtime, "VOLUME").flatMap((v) => v.getJSONStrings?.().map((s) => s.getJSONValue()) ?? args(v));
  assert.deepEqual(volumes.sort(), ["/data", "/tmp"]);
  assert.equal(env(runtime).DataDirectory, "/data");
});

test("the container listens on all interfaces, with /metrics on its own port", () => {
  // appsettings.json listens on localhost:5000, which nothing outside the container could reach.
  const settings = env(runtime);
  const ports = settings.Urls.split(";").map((u) => new URL(u.replace("+", "0.0.0.0")).port);
  assert.ok(settings.Urls.split(";").every((u) => u.includes("://+:")), settings.Urls);
  assert.ok(ports.includes(settings.Telemetry__MetricsPort), "the metrics port is one the app listens on");
  const exposed = of(runtime, "EXPOSE").flatMap(args);
  for (const port of ports) assert.ok(exposed.includes(port), `EXPOSE ${port}`);
  assert.equal(settings.Logging__Console__FormatterName, "json");
});

test("a health check probes the liveness endpoint", () => {
  const healthcheck = of(runtime, "HEALTHCHECK")[0];
  assert.ok(healthcheck, "HEALTHCHECK");
  assert.match(healthcheck.getArgumentsContent(), /\/health\/live/);
  assert.ok(exists(path.join(deploy, "docker", "Dockerfile.dockerignore")), "a .dockerignore keeps bin/ and obj/ out of the context");
});
