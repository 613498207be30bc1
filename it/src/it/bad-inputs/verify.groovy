String log = new File(basedir, 'build.log').text
Closure<Void> failed = { String message -> assert log.contains('[ERROR] Failed to execute goal') && log.contains(message) : message }

failed("<handler> (-Dlambda.handler) 'example.Hello' was not found, and nothing is compiled in" +
        " ${new File(basedir, 'target/classes')}: run mvn package (lambda:package alone packages what an earlier" +
        ' build compiled, and does not compile)')
failed('<memorySize> (-Dlambda.memorySize) is 64: Lambda allows 128 to 10240 MB')
failed('<timeout> (-Dlambda.timeout) is 901: Lambda allows 1 to 900 seconds')
failed('<invocations> (-Dlambda.invocations) is 0: give 1 or more')
failed("<event> (-Dlambda.event) ${new File(basedir, 'missing.json')} does not exist: give a JSON file, or the JSON" +
        ' itself with <eventJson> (-Dlambda.eventJson)')
failed("<event> (-Dlambda.event) ${new File(basedir, 'not-json.txt')} is not JSON (Unrecognized token 'name':")
failed('): Lambda events are JSON')
failed('<memorySize> (-Dlambda.memorySize) is 10241: Lambda allows 128 to 10240 MB')
failed('<timeout> (-Dlambda.timeout) is 0: Lambda allows 1 to 900 seconds')
failed('<concurrency> (-Dlambda.concurrency) is 0: give 1 to 100 invocations in flight at once (AWS_LAMBDA_MAX_CONCURRENCY of Lambda Managed Instances; 1 is Lambda\'s default, one at a time)')
failed('<concurrency> (-Dlambda.concurrency) is 101: give 1 to 100')
// The invoke checks come before looking for a zip.
assert !log.contains('to invoke: run mvn package first')

File target = new File(basedir, 'target')
assert !new File(target, 'lambda-shim').exists() : 'nothing staged'
assert !target.listFiles().any { it.name.endsWith('.zip') || it.name == 'template.yaml' }
return true
