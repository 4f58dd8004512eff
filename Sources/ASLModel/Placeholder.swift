// Placeholder until the ASLModel stage lands.
