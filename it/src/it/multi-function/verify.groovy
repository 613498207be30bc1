import com.fasterxml.jackson.dataformat.yaml.YAMLMapper
import org.apache.commons.compress.archivers.zip.ZipFile

String log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2') : 'a parallel build'

Closure<String> handlerIn = { File zip ->
    ZipFile.builder().setFile(zip).get().withCloseable { z ->
        String args = z.getInputStream(z.getEntry('lambda-shim.args')).text
        assert z.getEntry('jre/bin/java') != null : "$zip has its Java runtime"
        (args =~ /-Dlambdashim\.handler=(\S+)/)[0][1]
    }
}
File orders = new File(basedir, 'orders/target')
assert handlerIn(new File(orders, 'orders-api.zip')) == 'example.Orders'
assert handlerIn(new File(orders, 'orders-worker.zip')) == 'example.Worker::handle'
assert handlerIn(new File(basedir, 'users/target/users.zip')) == 'example.Users'
// Each function was staged on its own.
assert new File(orders, 'lambda-shim/stage/orders-api/lambda-shim.args').text.contains('example.Orders')
assert new File(orders, 'lambda-shim/stage/orders-worker/lambda-shim.args').text.contains('example.Worker::handle')
assert log.contains('orders-api.zip is up to date') && log.contains('orders-worker.zip is up to date')

// One template per project, listing every function of it.
def template = new YAMLMapper().readTree(new File(orders, 'template.yaml'))
assert template.get('Resources').fieldNames().toList() == ['OrdersApiFunction', 'OrdersWorkerFunction']
assert template.at('/Resources/OrdersApiFunction/Properties/Handler').textValue() == 'example.Orders'
assert template.at('/Resources/OrdersApiFunction/Properties/CodeUri').textValue() == 'orders-api.zip'
assert template.at('/Resources/OrdersApiFunction/Properties/MemorySize').intValue() == 512
assert template.at('/Resources/OrdersWorkerFunction/Properties/Handler').textValue() == 'example.Worker::handle'
assert template.at('/Resources/OrdersWorkerFunction/Properties/CodeUri').textValue() == 'orders-worker.zip'
assert template.at('/Resources/OrdersWorkerFunction/Properties/MemorySize').intValue() == 1024
def users = new YAMLMapper().readTree(new File(basedir, 'users/target/template.yaml'))
assert users.get('Resources').fieldNames().toList() == ['UsersFunction']
// Attached and installed apart: the second function's classifier came from its packageName alone.
[['orders', 'orders-api'], ['orders', 'orders-worker'], ['users', 'lambda']].each { artifact, classifier ->
    assert log =~ /Installing \S+ to \S+\/$artifact\/1\.0\/$artifact-1\.0-$classifier\.zip/ : "$artifact $classifier"
}
return true
