#!/usr/bin/env bash
# Writes realm-import.json, the KeycloakRealmImport of deploy/keycloak/realm-production.json: the operator needs the
# realm inline. Run it after every change of the realm; KubernetesManifestsTest fails while the two differ.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
realm=$here/../../../keycloak/realm-production.json
jq --indent 2 '{
  apiVersion: "k8s.keycloak.org/v2alpha1",
  kind: "KeycloakRealmImport",
  metadata: {name: "centinela", labels: {"app.kubernetes.io/part-of": "centinela"}},
  spec: {keycloakCRName: "centinela-keycloak", realm: .}
}' "$realm" > "$here/realm-import.json"
echo "wrote $here/realm-import.json from $realm"
