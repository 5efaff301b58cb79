namespace Compliance.Bench;

using System.Text;

/// <summary>Deterministic Kubernetes manifests, compose files and server configs for the policy-engine benchmark.</summary>
public static class ConfigTreeGenerator
{
    /// <summary>Writes about <paramref name="documents"/> YAML documents (4 per file) plus sshd/nginx files. Returns the document count.</summary>
    public static int Generate(string dir, int documents, int seed)
    {
        Directory.CreateDirectory(dir);
        var rng = new Random(seed);
        int docs = 0, file = 0;
        while (docs < documents)
        {
            var ns = $"team{file % 40:D2}";
            var sb = new StringBuilder();
            var app = $"svc{file:D5}";
            var image = (file % 10) switch { 0 => "postgres:16", 1 => "redis:7", 2 => "mysql:8.4", _ => $"registry.example.cn/{app}:1.{rng.Next(0, 9)}" };
            sb.Append($$"""
                apiVersion: apps/v1
                kind: {{(file % 10 is 0 or 2 ? "StatefulSet" : "Deployment")}}
                metadata:
                  name: {{app}}
                  namespace: {{ns}}
                  labels: {app: {{app}}, tier: backend}
                spec:
                  replicas: {{rng.Next(1, 4)}}
                  selector:
                    matchLabels: {app: {{app}}}
                  template:
                    metadata:
                      labels: {app: {{app}}}
                    spec:
                      containers:
                        - name: main
                          image: {{image}}
                          ports: [{containerPort: {{rng.Next(1000, 9000)}}}]
                          resources:
                            limits: {cpu: "500m", memory: 512Mi}
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{app}}
                  namespace: {{ns}}
                spec:
                  type: {{(file % 17 == 0 ? "LoadBalancer" : "ClusterIP")}}
                  selector: {app: {{app}}}
                  ports: [{port: {{rng.Next(1000, 9000)}}, targetPort: 8080}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: {{app}}
                  namespace: {{ns}}
                spec:
                  tls: [{hosts: [{{app}}.example.cn], secretName: {{app}}-tls}]
                  rules:
                    - host: {{app}}.example.cn
                      http:
                        paths:
                          - path: /
                            pathType: Prefix
                            backend:
                              service:
                                name: {{app}}
                                port: {number: 80}
                ---
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata:
                  name: {{app}}
                  namespace: {{ns}}
                spec:
                  minAvailable: 1
                  selector:
                    matchLabels: {app: {{app}}}

                """);
            File.WriteAllText(Path.Combine(dir, $"{app}.yaml"), sb.ToString());
            docs += 4;
            file++;
        }
        for (int i = 0; i < Math.Max(1, documents / 400); i++)
        {
            var ssh = Path.Combine(dir, $"host{i:D3}", "etc", "ssh");
            Directory.CreateDirectory(ssh);
            File.WriteAllText(Path.Combine(ssh, "sshd_config"), $"Port 22\nPasswordAuthentication {(i % 2 == 0 ? "no" : "yes")}\nPermitRootLogin no\nMaxAuthTries 3\nLogLevel VERBOSE\nAuthenticationMethods publickey,keyboard-interactive\n");
            var nginx = Path.Combine(dir, $"host{i:D3}", "nginx");
            Directory.CreateDirectory(nginx);
            File.WriteAllText(Path.Combine(nginx, "nginx.conf"), "events {}\nhttp {\n  ssl_protocols TLSv1.2 TLSv1.3;\n  server {\n    listen 443 ssl;\n    server_name app.example.cn;\n    location / { proxy_pass http://127.0.0.1:8080; }\n  }\n}\n");
        }
        return docs;
    }
}
