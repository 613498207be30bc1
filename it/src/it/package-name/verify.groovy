String log = new File(basedir, 'build.log').text
String rule = ": it must be a file name of letters, digits, '-', '_' and '.' (not '.' or '..'), such as my-function;" +
        ' the zip is target/<packageName>.zip'
for (String name : ['../package-name', '/tmp/lambda-shim-it-package-name', 'a/b', '..']) {
    assert log.contains("<packageName> (-Dlambda.packageName) is '$name'$rule") : "no message for $name"
}
// lambda:invoke refuses it too (5: package skipped, then invoke).
assert log.contains(":invoke (default-cli) on project package-name: <packageName> (-Dlambda.packageName) is" +
        " '../package-name'$rule") : 'lambda:invoke checks it'

// Nothing was written, inside target/ or out of it.
assert new File(basedir, 'template.yaml').text == '# The project\'s own template: no build may overwrite it.\n'
assert !new File(basedir, 'package-name.zip').exists()
assert !new File('/tmp/lambda-shim-it-package-name.zip').exists()
File target = new File(basedir, 'target')
assert !new File(target, 'a').exists()
assert !new File(target, 'lambda-shim').exists()
assert !new File(target, 'template.yaml').exists()
assert !target.listFiles().any { it.name.endsWith('.zip') || it.name.endsWith('.partial') }
return true
