// Placeholder until the ASLRender stage lands.
