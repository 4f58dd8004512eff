// Placeholder until the ASLExpressions stage lands.
