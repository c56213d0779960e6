/** A user's module: needs Byline's serialization (which brings core and the model), nothing more. */
module example.consumer {
  requires dev.byline.serialization;
}
