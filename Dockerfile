# Image for deploy/deployment.yaml. Build from the repository root:
#   docker build -f deploy/Dockerfile -t cmapi:0.1.0 .
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-slim
WORKDIR /app
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
COPY --from=build /src/bin ./bin
COPY --from=build /src/schemas ./schemas
USER 1000:1000
ENTRYPOINT ["node", "/app/bin/cmapi.js"]
