# The GraphQL service for users with Docker (docker compose up); Neo4j runs in its own container.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY src ./src
COPY schema ./schema
COPY cypher ./cypher
COPY seeds ./seeds
ENV HOST=0.0.0.0 PORT=4000 NODE_ENV=production
EXPOSE 4000
USER node
CMD ["node", "bin/kg.mjs", "serve"]
