# The image deploy/deployment.yaml runs. Build from the repository root:
#   docker build -t cmapi:0.1.0 .
# The package is packed and installed as a user would install it, with the optional peer
# dependencies `cmapi serve` needs (the X.509 stack); nothing else from the build stage ships.
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build \
 && npm pack --ignore-scripts \
 && mv cmapi-*.tgz /cmapi.tgz \
 && node -p "Object.entries(require('./package.json').peerDependencies).map(([n, v]) => n + '@' + v).join(' ')" > /peers.txt

FROM node:20-slim
WORKDIR /app
COPY --from=build /cmapi.tgz /peers.txt /tmp/
RUN npm init -y >/dev/null \
 && npm install --omit=dev --no-audit --no-fund /tmp/cmapi.tgz $(cat /tmp/peers.txt) \
 && npm cache clean --force \
 && rm /tmp/cmapi.tgz /tmp/peers.txt
USER 1000:1000
ENTRYPOINT ["node", "/app/node_modules/cmapi/bin/cmapi.js"]
