module example.consumer {
  requires dev.byline.core;
}
