#!/bin/sh
# Regenerates the demo certificate authority and the certificate of the sandbox's demo mail hosts
# (STARTTLS on the loopback test mail servers, HTTPS for the MTA-STS policy). Run from this folder.
set -e
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 7300 \
  -keyout demo-ca-key.pem -out demo-ca.pem -subj "/O=Postmaster sandbox/CN=Postmaster demo CA"
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
  -keyout demo-mx-key.pem -out demo-mx.csr -subj "/O=Postmaster sandbox/CN=mx1.northwind.example"
printf 'subjectAltName=DNS:mx1.northwind.example,DNS:mx1.fabrikam.example,DNS:mx1.contoso.example,DNS:mx1.hooli.example,DNS:mta-sts.northwind.example\nextendedKeyUsage=serverAuth\n' > demo-mx.ext
openssl x509 -req -in demo-mx.csr -CA demo-ca.pem -CAkey demo-ca-key.pem -CAcreateserial -days 7200 \
  -extfile demo-mx.ext -out demo-mx.pem
rm -f demo-mx.csr demo-mx.ext demo-ca.srl
# The TLSA record (3 1 1) of _25._tcp.mx1.northwind.example in demo.zone:
openssl x509 -in demo-mx.pem -noout -pubkey | openssl pkey -pubin -outform DER | openssl dgst -sha256 -hex
