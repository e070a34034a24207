import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Playwright fixtures receive a `use` callback that is not React's `use`.
    files: ["tests/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off", "no-empty-pattern": "off" },
  },
  {
    ignores: [".next/**", ".cache/**", "node_modules/**", "src/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
];

export default config;
