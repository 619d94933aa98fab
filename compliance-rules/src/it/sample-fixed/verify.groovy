// The fixed sample passes both tools.
def log = new File(basedir, 'build.log').text
assert log.contains('You have 0 Checkstyle violations')
assert log.contains('maven-pmd-plugin:3.28.0:check')
assert log.contains('BUILD SUCCESS')
