String log = new File(basedir, 'build.log').text
assert log.contains('Two executions of lambda:package in duplicate-functions write target/duplicate-functions.zip:' +
        ' give each execution its own <packageName>')
assert log.contains("Two executions of lambda:package in duplicate-functions attach a zip with classifier 'lambda':" +
        ' give each execution its own <classifier>')
// Refused before packaging: the second function never overwrote the first one's zip, the third made none.
assert !new File(basedir, 'target/third.zip').exists()
assert !new File(basedir, 'target/lambda-shim/stage/third').exists()
return true
