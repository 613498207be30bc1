String log = new File(basedir, 'build.log').text

assert log.contains("<handler> (-Dlambda.handler) 'example.Missing' is not usable: handler class example.Missing"
        + " was not found on the classpath") : 'missing class'

assert log.contains("<handler> (-Dlambda.handler) 'example.Hello::tooMany' is not usable: handler method"
        + " example.Hello::tooMany has no accepted parameter list: found tooMany(String, String, String);"
        + " accepted shapes: (InputStream, ResponseStream, Context) to stream, (InputStream, OutputStream, Context),"
        + " (InputStream, OutputStream), (T event, Context), (T event), (Context) or ()") : 'bad method shape'

assert log.contains('No handler configured: add <handler>com.example.Handler</handler>') : 'no handler'

assert log.contains("<architecture> (-Dlambda.architecture) is 'sparc': Lambda supports x86_64 and arm64")

// Nothing half-made is left behind.
File target = new File(basedir, 'target')
assert !new File(target, 'handler-errors.zip').exists()
assert !target.listFiles().any { it.name.endsWith('.partial') }
return true
