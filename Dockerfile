# The GraphQL service for users with Docker (docker compose up); Neo4j runs in its own container.
# The build stage compiles src/ into dist/ (typescript is a dev dependency); the image holds
# production dependencies, the sources (dist/ is only run while it matches them: bin/kg.mjs)
# and dist/. Scripts are off in both stages: prepare would also build the web app from web/,
# which the image does not serve.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
RUN node bin/build-server.mjs

FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY schema ./schema
COPY cypher ./cypher
COPY seeds ./seeds
COPY --from=build /app/dist ./dist
ENV HOST=0.0.0.0 PORT=4000 NODE_ENV=production
EXPOSE 4000
USER node
CMD ["node", "bin/kg.mjs", "serve"]
