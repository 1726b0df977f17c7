# Production image: node itself is the entry point (PID 1), so `docker stop` / Kubernetes' SIGTERM
# reaches the server, which drains (see README "Operations"). Give it REQUEST_TIMEOUT_MS + 5 s to do so:
# `docker stop -t 20`, `stop_grace_period: 20s`, or terminationGracePeriodSeconds >= 20 (default 30).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000
# Not `npm start`: npm would sit between the signal and the server, and rebuild at every start.
CMD ["node", "--enable-source-maps", "dist/main.js"]
