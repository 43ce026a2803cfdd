// deploy/kubernetes: every object of the base and of each overlay, as Kustomize renders them,
// is valid against the Kubernetes API schemas and keeps OpenHire's operating rules.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import path from "node:path";
import { canonical, configSections, deploy, isKnownSetting, kustomize, podContainers, podSpec, renderLocally, which } from "./lib.mjs";

const kustomizations = ["base", "overlays/small", "overlays/large"].map((d) => path.join(deploy, "kubernetes", d));
const hasKustomize = Boolean(which("kustomize") || which("kubectl"));

async function model(object) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  const module = await import(group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`);
  const Model = module[object.kind];
  assert.ok(Model, `no schema for ${object.apiVersion} ${object.kind}`);
  return new Model(object);
}

const named = (objects, kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const selects = (selector, labels) => Object.entries(selector).every(([k, v]) => labels?.[k] === v);

for (const dir of kustomizations) {
  const label = path.relative(deploy, dir);
  // kustomize (or kubectl kustomize) when installed; the checks' own renderer otherwise.
  const objects = kustomize(dir) ?? renderLocally(dir);

  describe(label, () => {
    test("renders with kustomize, or with the built-in renderer where kustomize is missing", () => {
      if (!hasKustomize) console.log(`# ${label}: no kustomize or kubectl on PATH, rendered with the built-in renderer`);
      assert.ok(objects.length >= 10, `only ${objects.length} objects`);
    });

    if (hasKustomize) {
      test("the built-in renderer agrees with kustomize", () => {
        assert.deepEqual(canonical(renderLocally(dir)), canonical(objects));
      });
    }

    test("every object is valid against the Kubernetes API schema", async () => {
      for (const object of objects) {
        try {
          (await model(object)).validate();
        } catch (e) {
          assert.fail(`${object.kind}/${object.metadata?.name}: ${e.message}`);
        }
      }
    });

    test("web and worker run one image with their role, and a Job migrates", () => {
      const web = named(objects, "Deployment", "openhire-web");
      const worker = named(objects, "Deployment", "openhire-worker");
      const migrate = named(objects, "Job", "openhire-migrate");
      assert.deepEqual(web.spec.template.spec.containers[0].args, ["--role", "web"]);
      assert.deepEqual(worker.spec.template.spec.containers[0].args, ["--role", "worker"]);
      assert.deepEqual(migrate.spec.template.spec.containers[0].args, ["migrate"]);
      const images = new Set(podContainers(objects).map((c) => c.image));
      assert.equal(images.size, 1, `one image for every role, found ${[...images]}`);
      assert.match([...images][0], /:[\w][\w.-]*$/, "images carry an explicit tag");
      assert.doesNotMatch([...images][0], /:latest$/);
    });

    test("pods run as non-root on a read-only root filesystem with resources set", () => {
      for (const o of objects.filter(podSpec)) {
        const spec = podSpec(o);
        assert.equal(spec.securityContext?.runAsNonRoot, true, `${o.metadata.name}: runAsNonRoot`);
        assert.equal(spec.automountServiceAccountToken, false, `${o.metadata.name}: no service account token`);
        const writable = new Set((spec.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name));
        for (const c of spec.containers) {
          const where = `${o.metadata.name}/${c.name}`;
          assert.equal(c.securityContext?.readOnlyRootFilesystem, true, `${where}: readOnlyRootFilesystem`);
          assert.equal(c.securityContext?.allowPrivilegeEscalation, false, `${where}: allowPrivilegeEscalation`);
          assert.ok(c.securityContext?.capabilities?.drop?.includes("ALL"), `${where}: drops all capabilities`);
          for (const kind of ["requests", "limits"]) for (const r of ["cpu", "memory"])
            assert.ok(c.resources?.[kind]?.[r], `${where}: resources.${kind}.${r}`);
          // The app writes to its data directory and /tmp only: both must be writable volumes.
          const mounts = Object.fromEntries((c.volumeMounts ?? []).map((m) => [m.mountPath, m.name]));
          for (const dir of ["/data", "/tmp"]) assert.ok(writable.has(mounts[dir]), `${where}: ${dir} is a writable volume`);
        }
      }
    });

    test("long-running pods are probed on /health/live and /health/ready", () => {
      for (const d of objects.filter((o) => o.kind === "Deployment")) {
        const c = d.spec.template.spec.containers[0];
        const ports = new Set(c.ports.map((p) => p.name));
        assert.equal(c.livenessProbe?.httpGet?.path, "/health/live", `${d.metadata.name}: liveness`);
        assert.equal(c.readinessProbe?.httpGet?.path, "/health/ready", `${d.metadata.name}: readiness`);
        for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe].filter(Boolean))
          assert.ok(ports.has(probe.httpGet.port), `${d.metadata.name}: probe port ${probe.httpGet.port} is declared`);
      }
    });

    test("references resolve: config, services, autoscalers, budgets", () => {
      for (const c of podContainers(objects)) {
        for (const from of c.envFrom ?? []) {
          if (from.configMapRef) assert.ok(named(objects, "ConfigMap", from.configMapRef.name), `ConfigMap ${from.configMapRef.name}`);
          if (from.secretRef) assert.ok(named(objects, "Secret", from.secretRef.name), `Secret ${from.secretRef.name}`);
        }
      }
      const deployments = objects.filter((o) => o.kind === "Deployment");
      for (const s of objects.filter((o) => o.kind === "Service")) {
        const backing = deployments.filter((d) => selects(s.spec.selector, d.spec.template.metadata.labels));
        assert.equal(backing.length, 1, `Service ${s.metadata.name} selects one Deployment`);
        const ports = backing[0].spec.template.spec.containers[0].ports.map((p) => p.name);
        for (const p of s.spec.ports) assert.ok(ports.includes(p.targetPort), `Service ${s.metadata.name} port ${p.targetPort}`);
      }
      for (const i of objects.filter((o) => o.kind === "Ingress")) {
        for (const rule of i.spec.rules) for (const p of rule.http.paths) {
          const service = named(objects, "Service", p.backend.service.name);
          assert.ok(service, `Ingress backend ${p.backend.service.name}`);
          assert.ok(service.spec.ports.some((sp) => sp.name === p.backend.service.port.name), `Ingress port ${p.backend.service.port.name}`);
        }
      }
      for (const h of objects.filter((o) => o.kind === "HorizontalPodAutoscaler")) {
        assert.ok(named(objects, h.spec.scaleTargetRef.kind, h.spec.scaleTargetRef.name), `HPA ${h.metadata.name} target`);
        assert.ok(h.spec.minReplicas <= h.spec.maxReplicas, `HPA ${h.metadata.name} min <= max`);
      }
      for (const b of objects.filter((o) => o.kind === "PodDisruptionBudget")) {
        assert.ok(deployments.some((d) => selects(b.spec.selector.matchLabels, d.spec.template.metadata.labels)), `PDB ${b.metadata.name} selects pods`);
        assert.ok((b.spec.minAvailable == null) !== (b.spec.maxUnavailable == null), `PDB ${b.metadata.name}: exactly one of minAvailable, maxUnavailable`);
      }
    });

    test("the app is configured for PostgreSQL, with credentials in the Secret only", () => {
      const config = named(objects, "ConfigMap", "openhire").data;
      const secret = named(objects, "Secret", "openhire").stringData;
      assert.equal(config.Database__Provider, "Postgres");
      assert.equal(config.Database__MigrateOnStart, "false");
      assert.ok(secret.Database__ConnectionString);
      for (const [key, value] of Object.entries(config))
        assert.doesNotMatch(`${key}=${value}`, /password|secret|connectionstring|:\/\/[^/]*:[^/]*@/i, `ConfigMap holds ${key}`);
      const sections = configSections();
      for (const key of [...Object.keys(config), ...Object.keys(secret)])
        assert.ok(isKnownSetting(key, sections), `${key} is not a setting OpenHire reads`);
    });
  });
}
