// The breach is reported with file, line, count and limit, and the build failed on it.
def log = new File(basedir, 'build.log').text
assert log.contains('Order.java:[5')
assert log.contains('Function has 6 parameters, more than the V2 limit of 5')
assert log.contains('BUILD FAILURE')
