function fn() {
  // The server, user and password come from the benchmark (-Dbench.server=... and friends).
  var server = karate.properties['bench.server'];
  var config = {
    baseUrl: server + '/rest/v1.0',
    user: karate.properties['bench.user'] || 'admin',
    password: karate.properties['bench.password'] || 'changeme',
    uid: function () { return (java.util.UUID.randomUUID() + '').substring(0, 8); }
  };
  karate.configure('ssl', true); // like flowcheck's ef.tls=relaxed
  // One login and one sandbox project for the whole run, as flowcheck's run does.
  var run = karate.callSingle('file:' + karate.properties['bench.karate.dir'] + '/setup/setup.feature', config);
  config.sessionId = run.sessionId;
  config.sandbox = run.sandbox;
  config.group = run.group;
  karate.configure('headers', { sessionId: run.sessionId });
  return config;
}
