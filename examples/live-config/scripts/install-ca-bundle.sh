#!/bin/bash
# Trusts the corporate CA on every cluster.
set -euo pipefail
cp /dbfs/FileStore/certs/acme-ca.pem /usr/local/share/ca-certificates/acme-ca.crt
update-ca-certificates
