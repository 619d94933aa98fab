// Run 1 failed because no test ran (not for another reason); run 2 ran the whole suite.
def log = new File(basedir, 'build.log').text
assert log.contains('No tests were executed')
def reports = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name.endsWith('.xml') }
def checks = reports.sum { (it.text =~ /<testcase /).count }
println "contract checks run by Surefire 3: ${checks}"
assert checks >= 225
assert !log.contains('<<< FAILURE!')
